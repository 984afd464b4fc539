package org.partnernetwork.support.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers from outside the controllers — 401, 403 and 503 from the security filters,
 * refusals of {@code RequestGuard}, the error dispatch — as Problem Details, like every
 * other error.
 */
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
			// sets WWW-Authenticate per RFC 6750
			bearerChallenge.commence(request, response, ex);
			write(request, response, HttpStatus.UNAUTHORIZED, codeFor(ex));
		};
	}

	/**
	 * A bearer token that could not be checked at all — the service has no signing keys
	 * yet and Keycloak, which serves them, cannot be reached — is a 503, not a 401 (the
	 * token may be fine) and not a 500 (Spring Security rethrows such failures by
	 * default). Any other failure is the usual 401.
	 */
	public AuthenticationFailureHandler bearerTokenFailureHandler() {
		AuthenticationEntryPoint unauthenticated = authenticationEntryPoint();
		return (request, response, ex) -> {
			if (ex instanceof AuthenticationServiceException) {
				response.setHeader(HttpHeaders.RETRY_AFTER, "5");
				write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "token-check-unavailable");
			}
			else {
				unauthenticated.commence(request, response, ex);
			}
		};
	}

	public AccessDeniedHandler accessDeniedHandler() {
		return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN, "forbidden");
	}

	private static String codeFor(AuthenticationException ex) {
		return ex.getClass().getSimpleName().contains("InvalidBearerToken") ? "invalid-token" : "unauthenticated";
	}

	Problems problems() {
		return problems;
	}

	/**
	 * Answers the request with the problem of this status and code, in the request's
	 * language.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code)
			throws IOException {
		write(request, response, problems.create(status, code, RequestContextUtils.getLocale(request)));
	}

	/** Answers the request with this problem as the whole response. */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		Problems.instance(original instanceof String path ? path : request.getRequestURI())
			.ifPresent(problem::setInstance);
		response.resetBuffer();
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
