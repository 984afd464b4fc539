package org.partnernetwork.support.domain;

import java.util.List;

/**
 * The caller may see the thing but not do this to it: the other side's action, an
 * override without the supervisor's role, a token that does not name exactly one
 * organisation.
 */
public non-sealed class Forbidden extends DomainException {

	protected Forbidden(String code, Object... arguments) {
		super(code, List.of(), arguments);
	}

	public static Forbidden of(String code, Object... arguments) {
		return new Forbidden(code, arguments);
	}

}
