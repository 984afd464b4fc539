package org.partnernetwork.support.domain;

import java.util.List;

/**
 * A rule of the domain said no. It carries a stable {@code code} (the Problem Details
 * type {@code urn:partner-network:problem:<code>}, with its title and detail in the
 * caller's language), arguments for the detail, and, where fields are to blame, those
 * fields. It knows nothing of HTTP: its kind ({@link NotFound}, {@link Conflict},
 * {@link RuleViolation}, {@link InvalidField}, {@link Forbidden},
 * {@link PeerUnavailable}) is what the Problem Details handler answers with a status.
 * <p>
 * Arguments and messages must never carry personal data (a case reference, a summary, a
 * note, a name): they reach the client and may reach a log. Codes, slugs, states and
 * numbers only.
 */
public abstract sealed class DomainException extends RuntimeException
		permits NotFound, Conflict, RuleViolation, InvalidField, Forbidden, PeerUnavailable {

	private final String code;

	private final List<Object> arguments;

	private final List<FieldError> errors;

	DomainException(String code, List<FieldError> errors, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = List.of(arguments);
		this.errors = List.copyOf(errors);
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

	/**
	 * The fields to blame, each with what is wrong with it; empty when the request as a
	 * whole is.
	 */
	public List<FieldError> errors() {
		return errors;
	}

}
