package org.partnernetwork.notification.telegram;

import java.time.Clock;
import java.time.Instant;

import org.partnernetwork.notification.mail.Letter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Telegram messages waiting to go: kept in the transaction that took their event in,
 * like e-mails; {@link TelegramRelay} sends them.
 */
@Component
public class TelegramOutbox {

	private final TelegramMessageRepository messages;

	private final Clock clock;

	TelegramOutbox(TelegramMessageRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Keeps one message for a person's chat, to go at {@code due} (the end of their quiet
	 * hours) or later.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void post(Letter letter, long chatId, Instant due) {
		messages.save(new TelegramMessageEntity(letter, chatId, clock.instant(), due));
	}

	/**
	 * Whether a message to this person failed for good since their chat was linked (the
	 * portal tells them it could not reach them on Telegram).
	 */
	@Transactional(readOnly = true)
	boolean unreachable(String person, Instant linkedAt) {
		return messages.existsByRecipientAndStateAndCreatedAtGreaterThanEqual(person,
				TelegramMessageEntity.State.FAILED, linkedAt == null ? Instant.EPOCH : linkedAt);
	}

}
