package org.partnernetwork.gateway.problem;

import java.net.ConnectException;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself raises — no route, a method or media type it does not
 * serve, a service that does not answer, a body too large — becomes Problem Details (or,
 * for a person's page request, the portal's error page); never a stack trace.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

	private static final String SIGN_IN_CALLBACK = "/login/oauth2/code/";

	private final GatewayProblems problems;

	GatewayErrorHandler(GatewayProblems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		if (error instanceof ResponseStatusException status) {
			if (!exchange.getResponse().isCommitted()) {
				// what the refusal says a client may do instead: Allow for a 405, Accept
				// for a 415
				exchange.getResponse().getHeaders().addAll(status.getHeaders());
			}
			return problems.write(exchange, status.getStatusCode(), codeFor(status.getStatusCode()));
		}
		if (causedBy(error, TimeoutException.class)) {
			return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout");
		}
		if (causedBy(error, ConnectException.class)) {
			return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
					isSignIn(exchange) ? "sign-in-unavailable" : "service-unavailable");
		}
		String incident = UUID.randomUUID().toString();
		log.error("Unexpected gateway failure, incident {}", incident, error);
		return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", incident);
	}

	/**
	 * Keycloak's redirect back after a login: the gateway exchanges the code at
	 * Keycloak's token endpoint, so a Keycloak that went away in between fails here, and
	 * the person should learn that signing in is what does not work right now.
	 */
	private static boolean isSignIn(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().value().startsWith(SIGN_IN_CALLBACK);
	}

	private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	static String codeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "malformed-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 413 -> "payload-too-large";
			case 414 -> "uri-too-long";
			case 415 -> "unsupported-media-type";
			case 429 -> "too-many-requests";
			case 431 -> "headers-too-large";
			case 503 -> "service-unavailable";
			case 504 -> "gateway-timeout";
			default -> status.is4xxClientError() ? "bad-request" : "internal-error";
		};
	}

}
