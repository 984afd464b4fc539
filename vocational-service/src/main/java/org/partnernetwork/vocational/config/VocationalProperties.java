package org.partnernetwork.vocational.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The vocational service's settings ({@code partner-network.*}); the encryption keys are
 * {@code partner-network.encryption.*}, read by service-support's cipher, the peers' addresses
 * {@code partner-network.peers.*}, read by the Feign clients.
 *
 * @param holds how often offers whose hold lapsed are expired
 */
@Validated
@ConfigurationProperties("partner-network")
public record VocationalProperties(@Valid @NotNull Holds holds) {

	public record Holds(@NotNull Duration sweepInterval) {
	}
}
