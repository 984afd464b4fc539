package org.partnernetwork.notification.telegram;

import java.time.Duration;
import java.util.List;

/**
 * The platform's Telegram bot, as the Bot API lets it: read the messages people sent it,
 * and send one. Never throws: a failure is an answer.
 */
public interface Bot {

	/**
	 * The messages sent to the bot from {@code offset} on; empty when the Bot API does
	 * not answer (they are read again next time).
	 */
	List<Update> updates(long offset);

	/** Sends a text to a chat. */
	Sending send(long chatId, String text);

	/** One message to the bot: its update id, the chat it came from, its text. */
	record Update(long id, Long chatId, String text) {
	}

	/**
	 * How sending went: sent; try again later (after {@code retryAfter} when Telegram
	 * says so); or never again (the bot was blocked, the chat is gone).
	 */
	record Sending(Result result, Duration retryAfter, String failure) {

		public enum Result {

			SENT, RETRY, FAILED

		}

		public static Sending sent() {
			return new Sending(Result.SENT, null, null);
		}

		public static Sending retry(String failure, Duration retryAfter) {
			return new Sending(Result.RETRY, retryAfter, failure);
		}

		public static Sending failed(String failure) {
			return new Sending(Result.FAILED, null, failure);
		}

	}

}
