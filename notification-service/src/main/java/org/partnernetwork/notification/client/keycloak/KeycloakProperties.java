package org.partnernetwork.notification.client.keycloak;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How notification-service reaches Keycloak's admin API, with its own client-credentials
 * account. It only reads; it holds realm-management's manage-realm besides view-users and
 * view-realm because Keycloak answers the organizations endpoints to manage-realm only.
 */
@Validated
@ConfigurationProperties("partner-network.keycloak")
public record KeycloakProperties(@NotBlank String url, @NotBlank String realm, @NotBlank String clientId,
		@NotBlank String clientSecret) {
}
