package org.partnernetwork.portal;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the portal finds the services it calls for a person (the directory, referrals,
 * training, notifications), and how long it waits for an answer before telling the person
 * the service cannot answer now. The defaults, with the environment variables that set
 * them, are in {@code portal/portal-defaults.properties}.
 */
@Validated
@ConfigurationProperties("partner-network.portal")
public record PortalProperties(@NotNull URI organisationServiceUrl, @NotNull URI referralServiceUrl,
		@NotNull URI vocationalServiceUrl, @NotNull URI notificationServiceUrl, @NotNull Duration timeout) {
}
