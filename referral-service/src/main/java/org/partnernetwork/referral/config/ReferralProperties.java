package org.partnernetwork.referral.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The referral service's settings ({@code partner-network.*}); the encryption keys are
 * {@code partner-network.encryption.*}, read by service-support's cipher.
 *
 * @param expiry how often unanswered referrals are checked against their deadline
 * @param outbox how the relay posts referrals' news to notification-service
 */
@Validated
@ConfigurationProperties("partner-network")
public record ReferralProperties(@Valid @NotNull Expiry expiry, @Valid @NotNull Outbox outbox) {

	public record Expiry(@NotNull Duration sweepInterval) {
	}

	/**
	 * How often the relay runs, how long it waits after a failure (doubled each time, at
	 * most {@code maxRetry}), and how many events one run takes.
	 */
	public record Outbox(@NotNull Duration relayInterval, @NotNull Duration firstRetry, @NotNull Duration maxRetry,
			@Positive int batchSize) {
	}
}
