package org.partnernetwork.gateway.security;

import java.net.URI;
import java.util.Set;

import org.partnernetwork.gateway.config.GatewayProperties;
import org.partnernetwork.gateway.limit.RateLimitFilter;
import org.partnernetwork.gateway.problem.GatewayProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import reactor.core.publisher.Mono;

/**
 * Two ways in, one chain. API clients send a bearer token, checked here (issuer, audience, keys, and that it
 * is an access token: {@link AccessTokensOnly}) and
 * again by each service. People sign in with Keycloak (authorization code + PKCE); the gateway keeps
 * their tokens in its session and relays the access token, so no token reaches the browser. Pages
 * send an unauthenticated person to the login; everything else answers 401 Problem Details. Each user's
 * requests pass a rate limit here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

	private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	/**
	 * The portal's pages load scripts, styles and fonts from the gateway only, run no inline script, and
	 * may not be framed; links to organisations' websites carry no referrer (the address holds search criteria).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	/** Boot's reactive JWT decoder adds every token validator bean to its issuer, audience and time checks. */
	@Bean
	AccessTokensOnly accessTokensOnly() {
		return new AccessTokensOnly();
	}

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
			GatewayProblems problems, GatewayProperties properties) {
		ServerAuthenticationEntryPoint problemEntryPoint = (exchange, ex) -> {
			exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
			return problems.write(exchange, HttpStatus.UNAUTHORIZED,
					ex instanceof InvalidBearerTokenException ? "invalid-token" : "unauthenticated");
		};
		ServerAccessDeniedHandler accessDenied = (exchange, ex) -> problems.write(exchange, HttpStatus.FORBIDDEN,
				"forbidden");
		http.authorizeExchange(exchanges -> exchanges
				.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.pathMatchers("/signed-out", "/favicon.ico", "/assets/**", "/webjars/**").permitAll()
				.anyExchange().authenticated())
			.oauth2Login(login -> login.authorizationRequestResolver(pkceAuthorizationRequests(registrations)))
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(problemEntryPoint)
				.accessDeniedHandler(accessDenied))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(pagesToLogin(problemEntryPoint))
				.accessDeniedHandler(accessDenied))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(GatewaySecurityConfiguration::isBrowserStateChange))
			.logout(logout -> logout
				.logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
						new WebSessionServerLogoutHandler()))
				.logoutSuccessHandler(endKeycloakSession(registrations)))
			// once the caller is known, before a signed-out one is refused: bursts of 401s are limited too
			.addFilterBefore(new RateLimitFilter(properties.rateLimit(), problems),
					SecurityWebFiltersOrder.AUTHORIZATION);
		return http.build();
	}

	/** PKCE (S256) on every authorization request, although the gateway is a confidential client. */
	private static DefaultServerOAuth2AuthorizationRequestResolver pkceAuthorizationRequests(
			ReactiveClientRegistrationRepository registrations) {
		var resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return resolver;
	}

	/**
	 * A person opening a page is sent to the login; an API call gets 401 Problem Details. A page's htmx
	 * request after the session ended is told to reload the whole page, which then goes to the login.
	 */
	private static ServerAuthenticationEntryPoint pagesToLogin(ServerAuthenticationEntryPoint problemEntryPoint) {
		var html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		ServerWebExchangeMatcher pages = ServerWebExchangeMatchers.matchers(
				exchange -> exchange.getRequest().getPath().value().startsWith("/api/")
						? MatchResult.notMatch() : html.matches(exchange));
		ServerWebExchangeMatcher htmx = exchange -> exchange.getRequest().getHeaders().containsHeader("HX-Request")
				&& !exchange.getRequest().getPath().value().startsWith("/api/") ? MatchResult.match()
						: MatchResult.notMatch();
		ServerAuthenticationEntryPoint reloadPage = (exchange, ex) -> Mono.fromRunnable(() -> {
			exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
			exchange.getResponse().getHeaders().set("HX-Refresh", "true");
		});
		var login = new RedirectServerAuthenticationEntryPoint(
				"/oauth2/authorization/" + KeycloakClientConfiguration.REGISTRATION_ID);
		var entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegatingServerAuthenticationEntryPoint.DelegateEntry(htmx, reloadPage),
				new DelegatingServerAuthenticationEntryPoint.DelegateEntry(pages, login));
		entryPoint.setDefaultEntryPoint(problemEntryPoint);
		return entryPoint;
	}

	/** Logging out of the gateway also ends the Keycloak single sign-on session. */
	private static OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession(
			ReactiveClientRegistrationRepository registrations) {
		var handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
		handler.setPostLogoutRedirectUri("{baseUrl}/signed-out");
		handler.setLogoutSuccessUrl(URI.create("/signed-out"));
		return handler;
	}

	/** Cookies are ambient credentials; a bearer token is not, so only cookie requests need a CSRF token. */
	private static Mono<MatchResult> isBrowserStateChange(org.springframework.web.server.ServerWebExchange exchange) {
		var request = exchange.getRequest();
		boolean stateChange = !SAFE_METHODS.contains(request.getMethod());
		boolean bearer = request.getHeaders().containsHeader("Authorization");
		return stateChange && !bearer ? MatchResult.match() : MatchResult.notMatch();
	}
}
