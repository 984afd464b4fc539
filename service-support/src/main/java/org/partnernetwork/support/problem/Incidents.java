package org.partnernetwork.support.problem;

import java.util.UUID;

import org.slf4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An unexpected failure: logged with its stack under a new incident id (never its
 * messages: {@link RedactedFailure}) and answered as a 500 that carries only that id.
 */
final class Incidents {

	private Incidents() {
	}

	static ProblemDetail record(Problems problems, Logger log, Throwable failure) {
		String incident = UUID.randomUUID().toString();
		log.error("Unexpected failure, incident {}", incident, RedactedFailure.of(failure));
		ProblemDetail problem = problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", incident);
		problem.setProperty("incident", incident);
		return problem;
	}

}
