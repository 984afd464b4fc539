package org.partnernetwork.support.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers itself, before any filter or controller sees the request — a path
 * with an encoded slash, NUL or invalid UTF-8, a character not allowed in an address,
 * headers too large — as Problem Details instead of Tomcat's HTML page. Replaces Tomcat's
 * {@link ErrorReportValve} on the host.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

	private final Problems problems;

	private final JsonMapper json;

	ProblemErrorReportValve(Problems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatusCode statusCode = HttpStatusCode.valueOf(status);
		ProblemDetail problem = problems.create(statusCode, Problems.codeFor(statusCode), request.getLocale());
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the response already has a body: nothing more to
			// say
		}
	}

}
