package org.partnernetwork.referral.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The referral service's settings ({@code partner-network.*}); the encryption keys are
 * {@code partner-network.encryption.*}, read by service-support's cipher.
 *
 * @param expiry how often unanswered referrals are checked against their deadline
 */
@Validated
@ConfigurationProperties("partner-network")
public record ReferralProperties(@Valid @NotNull Expiry expiry) {

	public record Expiry(@NotNull Duration sweepInterval) {
	}
}
