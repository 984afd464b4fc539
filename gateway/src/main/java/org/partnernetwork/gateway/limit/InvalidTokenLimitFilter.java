package org.partnernetwork.gateway.limit;

import java.util.Optional;
import java.util.function.Predicate;

import org.partnernetwork.gateway.bearer.BearerTokens;
import org.partnernetwork.gateway.config.GatewayProperties;
import org.partnernetwork.gateway.problem.GatewayProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Bounds how many bearer tokens a client address may make the gateway verify in vain.
 * Each token that fails verification (forged, expired, not for this platform, not a token
 * at all) takes one from the address's allowance; while it is spent, the address's next
 * tokens are refused with 429 Problem Details and {@code Retry-After} before their
 * signature is checked. A token the gateway has already verified passes unchecked, so a
 * client with a valid token is never slowed down, whatever its address sent before.
 */
final class InvalidTokenLimitFilter implements WebFilter {

	private final TokenBuckets failures;

	private final Predicate<String> verified;

	private final GatewayProblems problems;

	InvalidTokenLimitFilter(GatewayProperties.RateLimit settings, Predicate<String> verified,
			GatewayProblems problems) {
		this(new TokenBuckets(settings, System::nanoTime), verified, problems);
	}

	InvalidTokenLimitFilter(TokenBuckets failures, Predicate<String> verified, GatewayProblems problems) {
		this.failures = failures;
		this.verified = verified;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Optional<String> token = BearerTokens.of(exchange.getRequest());
		if (token.isEmpty() || verified.test(token.get())) {
			return chain.filter(exchange);
		}
		TokenBuckets.Take allowance = failures.peek(RateLimitFilter.addressKey(exchange));
		if (allowance.granted()) {
			return chain.filter(exchange);
		}
		String seconds = Long.toString(allowance.retryAfterSeconds());
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, seconds);
		return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", seconds);
	}

	/** Counts a token of this request's address that failed verification. */
	void failed(ServerWebExchange exchange) {
		failures.take(RateLimitFilter.addressKey(exchange));
	}

}
