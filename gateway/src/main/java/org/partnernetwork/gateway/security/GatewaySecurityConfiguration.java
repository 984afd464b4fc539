package org.partnernetwork.gateway.security;

import java.util.Set;
import java.util.function.Predicate;

import org.partnernetwork.gateway.bearer.BearerTokens;
import org.partnernetwork.gateway.config.GatewayProperties;
import org.partnernetwork.gateway.limit.CallerAllowance;
import org.partnernetwork.gateway.limit.RateLimits;
import org.partnernetwork.gateway.problem.GatewayProblems;
import org.partnernetwork.portal.security.PageSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * Two ways in, two chains. Programs — a bearer token, or an address under {@code /api/}
 * or {@code /actuator/} — go through the API chain: bearer tokens are checked here
 * ({@link TokenChecks}) and again by each service; a signed-in browser's session cookie
 * works too, with the CSRF token for a change; every refusal is 401 or 403 Problem
 * Details. Everything else is the portal's: its {@link PageSecurity} signs people in with
 * Keycloak and keeps their tokens in the session, which the gateway relays to the
 * services, so no token reaches the browser. Each caller's requests pass one rate limit,
 * whichever chain they take; an address that sent too many tokens that failed
 * verification is refused before its next one is verified.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

	private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	/**
	 * The limits both chains share; a token the verified-token cache holds is never held
	 * against its address.
	 */
	@Bean
	RateLimits rateLimits(GatewayProperties properties, GatewayProblems problems, ReactiveJwtDecoder tokens,
			CallerAllowance callers) {
		Predicate<String> verified = tokens instanceof VerifiedTokenCache cache ? cache::knows : token -> false;
		return new RateLimits(properties, problems, verified, callers);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain apiChain(ServerHttpSecurity http, GatewayProblems problems, RateLimits limits,
			WebSessionIdResolver sessions) {
		ServerAuthenticationEntryPoint problem = problemEntryPoint(problems);
		ServerAccessDeniedHandler forbidden = forbidden(problems);
		http.securityMatcher(programs())
			.authorizeExchange(
					exchanges -> exchanges.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.anyExchange()
						.authenticated())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(problem)
				.authenticationFailureHandler(
						limits.countingInvalidTokens(new ServerAuthenticationEntryPointFailureHandler(problem)))
				.accessDeniedHandler(forbidden))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problem).accessDeniedHandler(forbidden))
			.csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(sessionCookieChange(sessions))
				.accessDeniedHandler(
						(exchange, denied) -> problems.write(exchange, HttpStatus.FORBIDDEN, "csrf-token-missing")))
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			// checking a signature is the costly part: an address that sent too many bad
			// tokens is refused unchecked
			.addFilterBefore(limits.beforeTokenVerification(), SecurityWebFiltersOrder.AUTHENTICATION)
			// once the caller is known, before a signed-out one is refused: bursts of
			// 401s are limited too
			.addFilterBefore(limits.perCaller(), SecurityWebFiltersOrder.AUTHORIZATION);
		return http.build();
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityWebFilterChain pageChain(ServerHttpSecurity http, PageSecurity pages, GatewayProblems problems,
			RateLimits limits) {
		pages
			.applyTo(http, KeycloakClientConfiguration.REGISTRATION_ID, problemEntryPoint(problems),
					forbidden(problems))
			.addFilterBefore(limits.perCaller(), SecurityWebFiltersOrder.AUTHORIZATION);
		return http.build();
	}

	/** A bearer token, or an address of the API or the actuator. */
	private static ServerWebExchangeMatcher programs() {
		ServerWebExchangeMatcher bearer = exchange -> BearerTokens.of(exchange.getRequest()).isPresent()
				? MatchResult.match() : MatchResult.notMatch();
		return ServerWebExchangeMatchers.matchers(bearer,
				ServerWebExchangeMatchers.pathMatchers("/api", "/api/**", "/actuator", "/actuator/**"));
	}

	private static ServerAuthenticationEntryPoint problemEntryPoint(GatewayProblems problems) {
		return (exchange, ex) -> {
			exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
			return problems.write(exchange, HttpStatus.UNAUTHORIZED,
					BearerTokens.isInvalid(ex) ? "invalid-token" : "unauthenticated");
		};
	}

	private static ServerAccessDeniedHandler forbidden(GatewayProblems problems) {
		return (exchange, ex) -> problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden");
	}

	/**
	 * The session cookie is an ambient credential that another site can make a browser
	 * send; a bearer token is not. A change sent with the cookie and without a bearer
	 * token needs the CSRF token; one sent with neither is simply not signed in (401, as
	 * a read would be).
	 */
	private static ServerWebExchangeMatcher sessionCookieChange(WebSessionIdResolver sessions) {
		return exchange -> {
			var request = exchange.getRequest();
			boolean change = !SAFE_METHODS.contains(request.getMethod());
			boolean cookieOnly = BearerTokens.of(request).isEmpty() && !sessions.resolveSessionIds(exchange).isEmpty();
			return change && cookieOnly ? MatchResult.match() : MatchResult.notMatch();
		};
	}

}
