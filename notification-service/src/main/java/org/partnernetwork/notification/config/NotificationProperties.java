package org.partnernetwork.notification.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * notification-service's settings ({@code partner-network.*}); Keycloak's admin API is
 * {@code partner-network.keycloak.*}, the SMTP server {@code spring.mail.*}.
 *
 * @param portalUrl the portal's address, which links in e-mails start with
 * @param mail how e-mails are sent
 * @param reminders how often due reminders of unanswered referrals are sent
 */
@Validated
@ConfigurationProperties("partner-network")
public record NotificationProperties(@NotBlank String portalUrl, @Valid @NotNull Mail mail,
		@Valid @NotNull Reminders reminders) {

	/**
	 * @param from the sender's address
	 * @param sendInterval the pause between two runs of the sender
	 * @param firstRetry the wait after a first failed attempt; it doubles with each
	 * failure
	 * @param maxRetry the longest wait between two attempts
	 * @param maxAttempts attempts before an e-mail has failed for good
	 * @param batchSize how many e-mails one run sends at most
	 */
	public record Mail(@NotBlank String from, @NotNull Duration sendInterval, @NotNull Duration firstRetry,
			@NotNull Duration maxRetry, @Min(1) int maxAttempts, @Min(1) int batchSize) {
	}

	/**
	 * @param sendInterval the pause between two runs of the reminder sender
	 */
	public record Reminders(@NotNull Duration sendInterval) {
	}

}
