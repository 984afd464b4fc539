package org.partnernetwork.launcher;

import java.util.List;

/** A part did not become ready; the parts already started have been stopped. */
public class PlatformStartException extends RuntimeException {

	private final String part;

	private final String reason;

	private final List<String> logTail;

	public PlatformStartException(String part, String reason, List<String> logTail) {
		super(message(part, reason, logTail));
		this.part = part;
		this.reason = reason;
		this.logTail = List.copyOf(logTail);
	}

	public PlatformStartException(String part, String reason) {
		this(part, reason, List.of());
	}

	/** The part that failed, e.g. {@code "keycloak"}. */
	public String part() {
		return part;
	}

	/** Why, e.g. {@code "exited with code 1"} or {@code "not ready within 120 s"}. */
	public String reason() {
		return reason;
	}

	/** The last lines of the part's log, oldest first. */
	public List<String> logTail() {
		return logTail;
	}

	private static String message(String part, String reason, List<String> logTail) {
		StringBuilder message = new StringBuilder(part).append(" did not start: ").append(reason);
		if (!logTail.isEmpty()) {
			message.append(System.lineSeparator()).append("Last lines of its log:");
			logTail.forEach(line -> message.append(System.lineSeparator()).append("  | ").append(line));
		}
		return message.toString();
	}

}
