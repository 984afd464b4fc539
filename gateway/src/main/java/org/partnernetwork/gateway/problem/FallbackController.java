package org.partnernetwork.gateway.problem;

import java.util.concurrent.TimeoutException;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker sends a request its service could not answer: down, too
 * slow, or the circuit is open. The caller learns which part is unavailable and when to
 * try again.
 */
@RestController
class FallbackController {

	private final GatewayProblems problems;

	FallbackController(GatewayProblems problems) {
		this.problems = problems;
	}

	@RequestMapping("/fallback/{service}")
	ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		String code = isTimeout(cause) ? "service-timeout" : "service-unavailable";
		ProblemDetail problem = problems.create(exchange, HttpStatus.SERVICE_UNAVAILABLE, code);
		problem.setProperty("service", service);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("Retry-After", "5")
			.body(problem);
	}

	/**
	 * The route's response timeout arrives as a 504 status exception; the breaker's own
	 * as a TimeoutException.
	 */
	private static boolean isTimeout(Throwable cause) {
		return cause instanceof TimeoutException
				|| cause instanceof ResponseStatusException status && status.getStatusCode().value() == 504;
	}

}
