package org.partnernetwork.vocational.client;

import feign.FeignException;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

/**
 * This service's own client-credentials token from Keycloak (registration
 * {@code vocational-service}, realm role {@code service}), kept until it nearly expires,
 * for what the outbox posts in the service's own name; and the HTTP status a peer
 * answered, found under the circuit breaker's wrapping.
 */
@Component
public class ServiceToken {

	static final String REGISTRATION = "vocational-service";

	private final OAuth2AuthorizedClientManager tokens;

	ServiceToken(OAuth2AuthorizedClientManager tokens) {
		this.tokens = tokens;
	}

	/** The {@code Authorization} header's value; throws when Keycloak gives none. */
	public String bearer() {
		OAuth2AuthorizedClient client = tokens
			.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION).principal(REGISTRATION).build());
		if (client == null) {
			throw new IllegalStateException("No token for " + REGISTRATION);
		}
		return "Bearer " + client.getAccessToken().getTokenValue();
	}

	/** The HTTP status a peer answered with; 0 if none. */
	public static int status(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof FeignException feign) {
				return feign.status();
			}
		}
		return 0;
	}

}
