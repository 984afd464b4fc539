package org.partnernetwork.support.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the caller can understand: answered as Problem Details with the stable type
 * {@code urn:partner-network:problem:<code>} and the title and detail of that code in the caller's
 * language. Arguments fill the detail message; they must never carry personal data.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final List<Object> arguments;

	private final List<Problems.FieldError> errors;

	public ProblemException(HttpStatus status, String code, Object... arguments) {
		this(status, code, List.of(), arguments);
	}

	/** A problem that names what is wrong, field by field, in its {@code errors} list. */
	public ProblemException(HttpStatus status, String code, List<Problems.FieldError> errors, Object... arguments) {
		super(code);
		this.status = status;
		this.code = code;
		this.arguments = List.of(arguments);
		this.errors = List.copyOf(errors);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

	public List<Problems.FieldError> errors() {
		return errors;
	}
}
