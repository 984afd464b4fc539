package org.partnernetwork.support.problem;

/**
 * A failure as it may be logged: the class and stack of each exception in the chain,
 * without their messages. Messages of a parser, a converter or a database driver quote
 * what a client sent (a parameter's value, a piece of a body, a row), and what a person
 * typed is never logged.
 */
final class RedactedFailure extends RuntimeException {

	private static final int DEEPEST_CAUSE = 16;

	private RedactedFailure(Throwable original, int depth) {
		super(original.getClass().getName(), causeOf(original, depth), false, true);
		setStackTrace(original.getStackTrace());
	}

	static RedactedFailure of(Throwable failure) {
		return new RedactedFailure(failure, 0);
	}

	private static RedactedFailure causeOf(Throwable original, int depth) {
		Throwable cause = original.getCause();
		return cause == null || cause == original || depth >= DEEPEST_CAUSE ? null
				: new RedactedFailure(cause, depth + 1);
	}

}
