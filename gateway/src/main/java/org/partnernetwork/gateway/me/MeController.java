package org.partnernetwork.gateway.me;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/me}: the user, organisation and roles of the caller, by bearer token or
 * by session.
 */
@RestController
class MeController {

	private final ReactiveOAuth2AuthorizedClientManager authorizedClients;

	private final ReactiveJwtDecoder accessTokens;

	MeController(ReactiveOAuth2AuthorizedClientManager authorizedClients, ReactiveJwtDecoder accessTokens) {
		this.authorizedClients = authorizedClients;
		this.accessTokens = accessTokens;
	}

	@GetMapping("/api/me")
	Mono<Me> me(Authentication authentication, ServerWebExchange exchange) {
		return switch (authentication) {
			case JwtAuthenticationToken bearer -> Mono.just(Me.from(bearer.getToken(), "bearer-token"));
			case OAuth2AuthenticationToken session -> authorizedClients
				.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(session.getAuthorizedClientRegistrationId())
					.principal(session)
					.attribute(ServerWebExchange.class.getName(), exchange)
					.build())
				.flatMap(client -> accessTokens.decode(client.getAccessToken().getTokenValue()))
				.map(token -> Me.from(token, "session"))
				.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
			default -> Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED));
		};
	}

}
