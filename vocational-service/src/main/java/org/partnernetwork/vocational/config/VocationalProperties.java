package org.partnernetwork.vocational.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The vocational service's settings ({@code partner-network.*}); the encryption keys are
 * {@code partner-network.encryption.*}, read by service-support's cipher, the peers'
 * addresses {@code partner-network.peers.*}, read by the Feign clients.
 *
 * @param holds how often offers whose hold lapsed are expired
 * @param outbox how the relay posts placement events to referral-service
 */
@Validated
@ConfigurationProperties("partner-network")
public record VocationalProperties(@Valid @NotNull Holds holds, @Valid @NotNull Outbox outbox) {

	public record Holds(@NotNull Duration sweepInterval) {
	}

	/**
	 * @param relayInterval the pause between two runs of the relay
	 * @param firstRetry the wait after a first failed delivery; it doubles with each
	 * failure
	 * @param maxRetry the longest wait between two attempts
	 * @param batchSize how many events one run posts at most
	 */
	public record Outbox(@NotNull Duration relayInterval, @NotNull Duration firstRetry, @NotNull Duration maxRetry,
			@Min(1) int batchSize) {
	}
}
