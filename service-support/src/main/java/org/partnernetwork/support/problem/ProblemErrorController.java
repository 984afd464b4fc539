package org.partnernetwork.support.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error dispatch ({@code /error}): whatever ended a request outside the
 * controllers — a filter's {@code sendError}, a 405 for {@code TRACE}, an exception in a
 * filter — or a client asking for {@code /error} itself, answered as Problem Details
 * instead of Spring Boot's own JSON. An exception is logged like every other 500: under
 * an incident id, without its messages.
 */
@Controller
final class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private final ProblemResponseWriter problems;

	ProblemErrorController(ProblemResponseWriter problems) {
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatusCode status = statusOf(request);
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (status.is5xxServerError() && failure instanceof Throwable ex) {
			problems.write(request, response, Incidents.record(problems.problems(), log, ex));
		}
		else {
			problems.write(request, response, status, Problems.codeFor(status));
		}
	}

	/**
	 * The status the request ended with; a client asking for {@code /error} directly
	 * finds nothing there.
	 */
	private static HttpStatusCode statusOf(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (status instanceof Integer code && code >= 400 && code <= 599) {
			return HttpStatusCode.valueOf(code);
		}
		return HttpStatus.NOT_FOUND;
	}

}
