package org.partnernetwork.organisation.client.keycloak;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How organisation-service reaches Keycloak's admin API, with its own client-credentials
 * account.
 */
@Validated
@ConfigurationProperties("partner-network.keycloak")
public record KeycloakProperties(@NotBlank String url, @NotBlank String realm, @NotBlank String clientId,
		@NotBlank String clientSecret) {
}
