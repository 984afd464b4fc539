package org.partnernetwork.referral.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The referral service's settings ({@code partner-network.*}).
 *
 * @param encryption the keys that seal free text at rest
 * @param expiry how often unanswered referrals are checked against their deadline
 */
@Validated
@ConfigurationProperties("partner-network")
public record ReferralProperties(@Valid @NotNull Encryption encryption, @Valid @NotNull Expiry expiry) {

	/**
	 * @param activeKey the id of the key new text is sealed with
	 * @param keys every key that may still open old text: {@code id:base64,id:base64} (AES-256, 32 bytes each)
	 */
	public record Encryption(@NotBlank String activeKey, @NotBlank String keys) {
	}

	public record Expiry(@NotNull Duration sweepInterval) {
	}
}
