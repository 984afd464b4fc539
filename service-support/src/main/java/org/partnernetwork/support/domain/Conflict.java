package org.partnernetwork.support.domain;

import java.util.List;

/**
 * The thing is not in a state that allows this: an action its state machine does not have
 * from here, a version someone else saved meanwhile, a name already taken, the last seat
 * gone.
 */
public non-sealed class Conflict extends DomainException {

	protected Conflict(String code, Object... arguments) {
		super(code, List.of(), arguments);
	}

	public static Conflict of(String code, Object... arguments) {
		return new Conflict(code, arguments);
	}

	/** Someone else saved a newer version of it since the caller read it. */
	public static Conflict concurrentUpdate() {
		return new Conflict("concurrent-update");
	}

}
