package org.partnernetwork.notification.config;

import java.time.Duration;
import java.time.Instant;

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
 * @param telegram the Telegram bot, off without a token
 */
@Validated
@ConfigurationProperties("partner-network")
public record NotificationProperties(@NotBlank String portalUrl, @Valid @NotNull Mail mail,
		@Valid @NotNull Reminders reminders, @Valid @NotNull Telegram telegram) {

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

	/**
	 * @param botToken the bot's token from BotFather; blank: Telegram is off (never
	 * logged: it is part of every Bot API address)
	 * @param botName the bot's user name, which people send {@code /start CODE} to
	 * @param apiUrl the Bot API's address
	 * @param pollInterval the pause between two readings of the bot's messages
	 * @param sendInterval the pause between two runs of the sender
	 * @param timeout how long one Bot API call may take
	 * @param codeValidity how long a linking code may be used
	 * @param firstRetry the wait after a first failed attempt; it doubles with each
	 * failure
	 * @param maxRetry the longest wait between two attempts
	 * @param maxAttempts attempts before a message has failed for good
	 * @param batchSize how many messages one run sends at most
	 */
	public record Telegram(String botToken, String botName, @NotBlank String apiUrl, @NotNull Duration pollInterval,
			@NotNull Duration sendInterval, @NotNull Duration timeout, @NotNull Duration codeValidity,
			@NotNull Duration firstRetry, @NotNull Duration maxRetry, @Min(1) int maxAttempts, @Min(1) int batchSize) {

		/** Whether there is a bot to talk to. */
		public boolean enabled() {
			return botToken != null && !botToken.isBlank();
		}

	}

	/**
	 * When a message that failed {@code attempts} times is tried again: after
	 * {@code first}, doubled with each failure, at most {@code max}.
	 */
	public static Instant nextAttempt(Instant now, int attempts, Duration first, Duration max) {
		Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return now.plus(wait.compareTo(max) > 0 ? max : wait);
	}

}
