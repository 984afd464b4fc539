package org.partnernetwork.notification.telegram;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.partnernetwork.notification.config.NotificationProperties;
import org.partnernetwork.notification.mail.Letter;
import org.partnernetwork.notification.mail.MailTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the waiting Telegram messages with the bot, oldest first, claimed with
 * {@code FOR UPDATE SKIP LOCKED} as e-mails are: in the person's language, the kind of
 * thing, the organisation, the urgency and the portal's link. Telegram failing (5xx, 429,
 * no answer) means later; the bot blocked (403), or too many attempts, means never, and
 * the person sees it in the portal.
 */
@Component
class TelegramRelay {

	private static final Logger log = LoggerFactory.getLogger(TelegramRelay.class);

	private final TelegramMessageRepository messages;

	private final Bot bot;

	private final NotificationProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	TelegramRelay(TelegramMessageRepository messages, Bot bot, NotificationProperties properties,
			TransactionTemplate transaction, Clock clock) {
		this.messages = messages;
		this.bot = bot;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${partner-network.telegram.send-interval}",
			initialDelayString = "${partner-network.telegram.send-interval}")
	@SchedulerLock(name = "notification-telegram-relay", lockAtMostFor = "PT2M")
	void relay() {
		if (properties.telegram().enabled()) {
			sendDue(clock.instant());
		}
	}

	/** Sends the messages due by {@code now}; answers how many went. */
	int sendDue(Instant now) {
		NotificationProperties.Telegram settings = properties.telegram();
		Integer sent = transaction.execute(status -> {
			int count = 0;
			for (TelegramMessageEntity message : messages.claimDue(now, settings.batchSize())) {
				Letter letter = message.letter();
				var sending = bot.send(message.chatId(), MailTexts.body(letter, properties.portalUrl()));
				message.record(sending, clock.instant(), settings);
				if (sending.result() == Bot.Sending.Result.SENT) {
					count++;
				}
				else {
					log.warn("Telegram message {} for event {} not sent (attempt {}{}): {}", message.id(),
							letter.eventId(), message.attempts(), message.failed() ? ", failed for good" : "",
							sending.failure());
				}
			}
			return count;
		});
		return sent == null ? 0 : sent;
	}

}
