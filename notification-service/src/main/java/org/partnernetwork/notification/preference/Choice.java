package org.partnernetwork.notification.preference;

import java.time.Instant;

/**
 * How a person wants to be told, besides the inbox (always): e-mail, Telegram (only when
 * a chat is linked), their language (null: their Keycloak account's) and quiet hours
 * (null: none).
 */
public record Choice(boolean email, boolean telegram, Language language, QuietHours quietHours, Long telegramChatId,
		Instant telegramLinkedAt) {

	/** Nobody chose anything yet: inbox and e-mail, any time. */
	static final Choice USUAL = new Choice(true, false, null, null, null, null);

	/** The language to write in: their choice, else their account's. */
	public String languageOr(String account) {
		return language != null ? language.name() : account;
	}

}
