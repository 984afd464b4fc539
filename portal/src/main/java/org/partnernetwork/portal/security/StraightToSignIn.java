package org.partnernetwork.portal.security;

import java.net.URI;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.WebSessionOAuth2ServerAuthorizationRequestRepository;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Sends a person who opens a page without being signed in straight to Keycloak's sign-in,
 * as the sign-in's own {@code /oauth2/authorization/{id}} would, without that address as
 * a hop between: the page is kept to come back to, the authorization request (with its
 * state and PKCE verifier) in the session where the callback finds it. On a phone with
 * 400 ms between it and the platform, a redirect fewer is 400 ms sooner.
 */
final class StraightToSignIn implements ServerAuthenticationEntryPoint {

	private final ServerOAuth2AuthorizationRequestResolver resolver;

	private final String registrationId;

	private final WebSessionServerRequestCache pages = new WebSessionServerRequestCache();

	private final WebSessionOAuth2ServerAuthorizationRequestRepository requests = new WebSessionOAuth2ServerAuthorizationRequestRepository();

	private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

	StraightToSignIn(ServerOAuth2AuthorizationRequestResolver resolver, String registrationId) {
		this.resolver = resolver;
		this.registrationId = registrationId;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException notSignedIn) {
		return pages.saveRequest(exchange)
			.then(resolver.resolve(exchange, registrationId))
			.flatMap(request -> requests.saveAuthorizationRequest(request, exchange)
				.then(redirect.sendRedirect(exchange, URI.create(request.getAuthorizationRequestUri()))));
	}

}
