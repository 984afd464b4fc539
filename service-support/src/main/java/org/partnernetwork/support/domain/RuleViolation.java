package org.partnernetwork.support.domain;

import java.util.List;

/**
 * The request is well formed, but a rule of the domain does not allow it: no valid
 * consent, a child the service does not take, an organisation that cannot receive, a key
 * used for another request.
 */
public non-sealed class RuleViolation extends DomainException {

	protected RuleViolation(String code, List<FieldError> errors, Object... arguments) {
		super(code, errors, arguments);
	}

	public static RuleViolation of(String code, Object... arguments) {
		return new RuleViolation(code, List.of(), arguments);
	}

	/** A rule that blames fields: each named, with why. */
	public static RuleViolation of(String code, List<FieldError> errors, Object... arguments) {
		return new RuleViolation(code, errors, arguments);
	}

}
