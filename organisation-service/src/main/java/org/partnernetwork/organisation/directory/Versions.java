package org.partnernetwork.organisation.directory;

import org.partnernetwork.support.domain.Conflict;
import org.partnernetwork.support.domain.InvalidField;

/**
 * An edit names the version it was made on; if someone saved in between, it is refused,
 * nothing lost.
 */
final class Versions {

	private Versions() {
	}

	/**
	 * A new entry starts at the platform's first version. A version in a create body is
	 * refused rather than ignored, so that a client never believes it chose one.
	 */
	static void refuseWhenCreating(Long given) {
		if (given != null) {
			throw InvalidField.of("version", "is given by the platform, not when creating");
		}
	}

	static void require(long current, Long edited) {
		if (edited == null) {
			throw InvalidField.of("version", "must be the version you last read");
		}
		if (current != edited) {
			throw Conflict.concurrentUpdate();
		}
	}

}
