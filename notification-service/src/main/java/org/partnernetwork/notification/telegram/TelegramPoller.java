package org.partnernetwork.notification.telegram;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.partnernetwork.notification.config.NotificationProperties;
import org.partnernetwork.notification.mail.MailTexts;
import org.partnernetwork.notification.telegram.Bot.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads what people sent the bot ({@code getUpdates}, from the offset kept in the
 * database): a {@code /start CODE} links the chat it came from to the code's person, and
 * the bot answers whether it did, in Khmer and English. Anything else is passed over.
 */
@Component
class TelegramPoller {

	private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);

	private static final String START = "/start";

	private final Bot bot;

	private final TelegramLinking linking;

	private final PollOffset offset;

	private final NotificationProperties.Telegram settings;

	TelegramPoller(Bot bot, TelegramLinking linking, PollOffset offset, NotificationProperties properties) {
		this.bot = bot;
		this.linking = linking;
		this.offset = offset;
		this.settings = properties.telegram();
	}

	@Scheduled(fixedDelayString = "${partner-network.telegram.poll-interval}",
			initialDelayString = "${partner-network.telegram.poll-interval}")
	@SchedulerLock(name = "notification-telegram-poll", lockAtMostFor = "PT2M")
	void poll() {
		if (settings.enabled()) {
			readUpdates();
		}
	}

	/** Reads the bot's new messages; answers how many chats were linked. */
	int readUpdates() {
		int linked = 0;
		for (Update update : bot.updates(offset.next())) {
			if (update.chatId() != null && update.text() != null && update.text().startsWith(START)) {
				String code = update.text().substring(START.length()).strip();
				boolean done = !code.isEmpty() && linking.redeem(code, update.chatId());
				bot.send(update.chatId(), answer(done ? "telegram.linked" : "telegram.unknown"));
				log.info("Telegram update {}: link code {}", update.id(), done ? "accepted" : "refused");
				linked += done ? 1 : 0;
			}
			offset.moveTo(update.id() + 1);
		}
		return linked;
	}

	private static String answer(String code) {
		return MailTexts.say(code, "km") + "\n\n" + MailTexts.say(code, "en");
	}

}
