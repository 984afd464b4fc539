package org.partnernetwork.notification.client.keycloak;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How notification-service reaches Keycloak's admin API, with its own client-credentials
 * account (realm-management's view-users and view-realm: it reads, never changes).
 */
@Validated
@ConfigurationProperties("partner-network.keycloak")
public record KeycloakProperties(@NotBlank String url, @NotBlank String realm, @NotBlank String clientId,
		@NotBlank String clientSecret) {
}
