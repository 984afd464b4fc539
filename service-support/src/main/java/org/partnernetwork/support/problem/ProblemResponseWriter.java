package org.partnernetwork.support.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

import tools.jackson.databind.json.JsonMapper;

/** Answers 401 and 403 from the security filters as Problem Details, like every other error. */
public final class ProblemResponseWriter {

	private final Problems problems;

	private final JsonMapper json;

	private final BearerTokenAuthenticationEntryPoint bearerChallenge = new BearerTokenAuthenticationEntryPoint();

	public ProblemResponseWriter(Problems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	public AuthenticationEntryPoint authenticationEntryPoint() {
		return (request, response, ex) -> {
			bearerChallenge.commence(request, response, ex); // sets WWW-Authenticate per RFC 6750
			write(request, response, HttpStatus.UNAUTHORIZED, codeFor(ex));
		};
	}

	public AccessDeniedHandler accessDeniedHandler() {
		return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN, "forbidden");
	}

	private static String codeFor(AuthenticationException ex) {
		return ex.getClass().getSimpleName().contains("InvalidBearerToken") ? "invalid-token" : "unauthenticated";
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		ProblemDetail problem = problems.create(status, code, RequestContextUtils.getLocale(request));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
