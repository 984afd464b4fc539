package org.partnernetwork.portal.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * How the portal's pages are protected, for the application that serves them to apply to
 * the security chain of its page requests. People sign in with Keycloak (authorization
 * code with PKCE) and the session keeps their tokens; signing out ends the Keycloak
 * session too. Every change needs the page's CSRF token. Pages are never stored, cannot
 * be framed, run only the site's own scripts and send no referrer. A person who is not
 * signed in is sent to the sign-in; an htmx request whose session ended is told to reload
 * the whole page, which then goes to the sign-in. What a program that asks for no page
 * gets, and what a refused request gets, is the application's to say.
 */
@Component
public final class PageSecurity {

	/**
	 * Scripts, styles and fonts from the site only, no inline script, no framing; links
	 * to organisations' websites carry no referrer (the address holds search criteria).
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	private static final MediaType EMPTY_PAGE = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final ReactiveClientRegistrationRepository registrations;

	PageSecurity(ReactiveClientRegistrationRepository registrations) {
		this.registrations = registrations;
	}

	/**
	 * Protects the pages of {@code http}'s chain.
	 * @param registrationId the client registration people sign in with
	 * @param programs what a request that is not signed in and asks for no page gets
	 * @param refused what a refused request gets, one without its CSRF token among them
	 */
	public ServerHttpSecurity applyTo(ServerHttpSecurity http, String registrationId,
			ServerAuthenticationEntryPoint programs, ServerAccessDeniedHandler refused) {
		var signInRequests = withPkce();
		return http
			.authorizeExchange(
					exchanges -> exchanges.pathMatchers("/signed-out", "/favicon.ico", "/assets/**", "/webjars/**")
						.permitAll()
						.anyExchange()
						.authenticated())
			.oauth2Login(login -> login.authorizationRequestResolver(signInRequests))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(signIn(new StraightToSignIn(signInRequests, registrationId), programs))
				.accessDeniedHandler(refused))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			// pages are signed in by the session cookie alone, an ambient credential:
			// every change needs the token
			.csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(exchange -> SAFE_METHODS.contains(exchange.getRequest().getMethod())
						? MatchResult.notMatch() : MatchResult.match())
				.accessDeniedHandler(refused))
			.logout(logout -> logout
				.logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
						new WebSessionServerLogoutHandler()))
				.logoutSuccessHandler(endKeycloakSession()));
	}

	/**
	 * PKCE (S256) on every authorization request, although the application is a
	 * confidential client.
	 */
	private DefaultServerOAuth2AuthorizationRequestResolver withPkce() {
		var resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return resolver;
	}

	/**
	 * A person opening a page (the browser asks for HTML by name) is sent to the sign-in;
	 * a page's htmx request is told to reload the page; anything else is the
	 * application's.
	 */
	private static ServerAuthenticationEntryPoint signIn(ServerAuthenticationEntryPoint toKeycloak,
			ServerAuthenticationEntryPoint programs) {
		var html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		ServerWebExchangeMatcher htmx = exchange -> exchange.getRequest().getHeaders().containsHeader("HX-Request")
				? MatchResult.match() : MatchResult.notMatch();
		var entryPoint = new DelegatingServerAuthenticationEntryPoint(new DelegateEntry(htmx, PageSecurity::reloadPage),
				new DelegateEntry(html, toKeycloak));
		entryPoint.setDefaultEntryPoint(programs);
		return entryPoint;
	}

	/**
	 * Nothing to swap into the page: htmx reloads it, and the whole page then goes to the
	 * sign-in.
	 */
	private static Mono<Void> reloadPage(ServerWebExchange exchange, AuthenticationException signedOut) {
		return Mono.fromRunnable(() -> {
			exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
			exchange.getResponse().getHeaders().set("HX-Refresh", "true");
			exchange.getResponse().getHeaders().setContentType(EMPTY_PAGE);
		});
	}

	/** Signing out of the portal also ends the Keycloak single sign-on session. */
	private OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession() {
		var handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
		handler.setPostLogoutRedirectUri("{baseUrl}/signed-out");
		handler.setLogoutSuccessUrl(URI.create("/signed-out"));
		return handler;
	}

}
