package org.partnernetwork.gateway.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's settings. Keycloak has one public URL (the token issuer, what browsers use) and,
 * where the gateway reaches it by another name (docker compose), an internal URL for the back channel.
 */
@Validated
@ConfigurationProperties("partner-network.gateway")
public record GatewayProperties(@NotNull @Valid Keycloak keycloak) {

	public record Keycloak(@NotBlank String url, String internalUrl, @NotBlank String realm,
			@NotBlank String clientId, @NotBlank String clientSecret) {

		private static final String OIDC = "/protocol/openid-connect";

		public String issuer() {
			return url + "/realms/" + realm;
		}

		public String browserEndpoint(String name) {
			return issuer() + OIDC + "/" + name;
		}

		public String backChannelEndpoint(String name) {
			String base = internalUrl == null || internalUrl.isBlank() ? url : internalUrl;
			return base + "/realms/" + realm + OIDC + "/" + name;
		}
	}
}
