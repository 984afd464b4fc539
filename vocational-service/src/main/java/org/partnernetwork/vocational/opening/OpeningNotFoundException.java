package org.partnernetwork.vocational.opening;

import java.util.UUID;

import org.partnernetwork.support.domain.NotFound;

/** No opening the caller may see has this id. */
final class OpeningNotFoundException extends NotFound {

	private OpeningNotFoundException(UUID id) {
		super("opening", id);
	}

	static OpeningNotFoundException forId(UUID id) {
		return new OpeningNotFoundException(id);
	}

}
