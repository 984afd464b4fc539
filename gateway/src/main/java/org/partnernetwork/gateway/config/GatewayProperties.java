package org.partnernetwork.gateway.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's settings. Keycloak has one public URL (the token issuer, what browsers
 * use) and, where the gateway reaches it by another name (docker compose), an internal
 * URL for the back channel. Each user (or, signed out, each client address) may send
 * {@code rateLimit.burst} requests at once and {@code rateLimit.requestsPerSecond} after
 * that; each client address may present {@code invalidTokenLimit.burst} bearer tokens
 * that fail verification at once and {@code invalidTokenLimit.requestsPerSecond} after
 * that; a request body may be at most {@code maxRequestBodySize}. How far Keycloak's
 * clock and the gateway's may differ is the same setting as the services'
 * ({@code TOKEN_CLOCK_SKEW}, read by token-checks).
 */
@Validated
@ConfigurationProperties("partner-network.gateway")
public record GatewayProperties(@NotNull @Valid Keycloak keycloak, @NotNull @Valid RateLimit rateLimit,
		@NotNull @Valid RateLimit invalidTokenLimit, @NotNull DataSize maxRequestBodySize) {

	/**
	 * Bodies of unknown length are held in memory up to the limit, so the limit itself
	 * stays small.
	 */
	static final DataSize LARGEST_BODY_LIMIT = DataSize.ofMegabytes(64);

	public GatewayProperties {
		if (maxRequestBodySize != null
				&& (maxRequestBodySize.toBytes() < 1 || maxRequestBodySize.compareTo(LARGEST_BODY_LIMIT) > 0)) {
			throw new IllegalArgumentException(
					"partner-network.gateway.max-request-body-size must be between 1B and " + LARGEST_BODY_LIMIT);
		}
	}

	public record Keycloak(@NotBlank String url, String internalUrl, @NotBlank String realm, @NotBlank String clientId,
			@NotBlank String clientSecret) {

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

	/**
	 * A token bucket per user or client address: {@code burst} tokens, refilled at
	 * {@code requestsPerSecond}; buckets of at most {@code maxClients} users and
	 * addresses are held in memory at once.
	 */
	public record RateLimit(@Positive double requestsPerSecond, @Min(1) int burst, @Min(1) int maxClients) {
	}
}
