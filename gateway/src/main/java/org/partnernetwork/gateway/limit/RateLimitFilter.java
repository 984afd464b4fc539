package org.partnernetwork.gateway.limit;

import java.net.InetSocketAddress;
import java.util.Objects;

import org.partnernetwork.gateway.problem.GatewayProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Refuses a burst from one user with 429 Problem Details and {@code Retry-After},
 * whatever route it was for. The user is the token's subject, the same for a bearer token
 * and a signed-in session; a caller without either is known by its address. It runs
 * inside the security chain, once the caller is known and before a signed-out caller is
 * refused, so that refusals are counted too.
 */
public final class RateLimitFilter implements WebFilter {

	private final CallerAllowance allowance;

	private final GatewayProblems problems;

	RateLimitFilter(CallerAllowance allowance, GatewayProblems problems) {
		this.allowance = allowance;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.map(RateLimitFilter::userKey)
			.switchIfEmpty(Mono.fromSupplier(() -> addressKey(exchange)))
			.flatMap(allowance::take)
			.flatMap(take -> {
				if (take.granted()) {
					return chain.filter(exchange);
				}
				String seconds = Long.toString(take.retryAfterSeconds());
				exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, seconds);
				return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", seconds);
			});
	}

	static String userKey(Authentication authentication) {
		String subject = switch (authentication) {
			case JwtAuthenticationToken bearer -> bearer.getToken().getSubject();
			case OAuth2AuthenticationToken session when session.getPrincipal() instanceof OidcUser user ->
				user.getSubject();
			default -> null;
		};
		return "user:" + Objects.requireNonNullElse(subject, authentication.getName());
	}

	static String addressKey(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return "address:"
				+ (remote != null && remote.getAddress() != null ? remote.getAddress().getHostAddress() : "unknown");
	}

}
