package org.partnernetwork.gateway.problem;

import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * What a request refused by Spring Security's firewall gets, before any security chain:
 * an address that is not normalized or holds an encoded slash, backslash, semicolon,
 * percent sign, NUL or line break, a header or parameter it will not read, or a method it
 * does not answer. Spring Security answers these with a bare 400; here they are 400
 * Problem Details ({@code malformed-request}), or 405 with {@code Allow} for a method.
 * Nothing of the request is logged: the firewall's message quotes the address.
 */
@Component
class RejectedRequests implements ServerExchangeRejectedHandler {

	/** The methods Spring Security's strict firewall lets through. */
	static final Set<HttpMethod> ANSWERED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
			HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

	private final GatewayProblems problems;

	RejectedRequests(GatewayProblems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		if (!ANSWERED.contains(exchange.getRequest().getMethod())) {
			exchange.getResponse().getHeaders().setAllow(ANSWERED);
			return problems.write(exchange, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
		}
		return problems.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request");
	}

}
