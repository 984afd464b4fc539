package org.partnernetwork.testsupport;

import java.util.Optional;

import org.partnernetwork.testsupport.HostileRequests.Probe;
import org.partnernetwork.testsupport.RawHttp.Answer;

import tools.jackson.databind.JsonNode;

/**
 * Whether an answer to a hostile request is what the platform promises; if not, what is
 * wrong with it.
 */
public final class HostileAnswers {

	private HostileAnswers() {
	}

	public static Optional<String> check(Probe probe, Answer answer) {
		int status = answer.status();
		if (status >= 500) {
			return Optional.of("server error " + status);
		}
		boolean noBody = probe.method().equals("HEAD");
		if (status >= 400 && !(noBody ? answer.contentType().startsWith("application/problem+json")
				: answer.isProblemDetails())) {
			return Optional.of(status + " that is not Problem Details: " + answer.contentType() + " "
					+ RawHttp.abbreviate(answer.body()));
		}
		return switch (probe.expect()) {
			case CLIENT_ERROR -> Optional.empty();
			case MALFORMED_QUERY -> status == 400 ? Optional.empty() : Optional.of("status " + status + ", not 400");
			case UNSUPPORTED_MEDIA_TYPE -> status == 415 || status == 400 ? Optional.empty()
					: Optional.of("status " + status + ": a body of an unusable type was read");
			case BAD_REQUEST_NAMING_FIELD -> namesField(probe.field(), answer);
		};
	}

	private static Optional<String> namesField(String field, Answer answer) {
		if (answer.status() != 400) {
			return Optional.of("status " + answer.status() + ", not 400: the value was taken");
		}
		for (JsonNode error : answer.json().path("errors")) {
			String named = error.path("field").asString("");
			if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
				return Optional.empty();
			}
		}
		return Optional.of("400 without naming " + field + ": " + RawHttp.abbreviate(answer.body()));
	}

}
