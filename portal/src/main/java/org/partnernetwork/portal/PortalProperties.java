package org.partnernetwork.portal;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the portal finds the services it calls for a person (the directory, referrals, training), and how long it
 * waits for an answer before telling the person the service cannot answer now.
 */
@Validated
@ConfigurationProperties("partner-network.portal")
public record PortalProperties(@NotNull @DefaultValue("http://localhost:8081") URI organisationServiceUrl,
		@NotNull @DefaultValue("http://localhost:8082") URI referralServiceUrl,
		@NotNull @DefaultValue("http://localhost:8083") URI vocationalServiceUrl,
		@NotNull @DefaultValue("5s") Duration timeout) {
}
