package org.partnernetwork.notification.preference;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One person's channels, language and quiet hours, and the Telegram chat they linked.
 * Nobody has a row until they change something: without one, the inbox and e-mail, the
 * language of their Keycloak account and no quiet hours.
 */
@Entity
@Table(name = "notification_preference")
class PreferenceEntity {

	@Id
	private String person;

	private boolean emailEnabled;

	private boolean telegramEnabled;

	private String language;

	private LocalTime quietFrom;

	private LocalTime quietTo;

	private Long telegramChatId;

	private Instant telegramLinkedAt;

	private Instant updatedAt;

	protected PreferenceEntity() {
	}

	PreferenceEntity(String person, Instant now) {
		this.person = person;
		this.emailEnabled = true;
		this.updatedAt = now;
	}

	/**
	 * The person's choice; Telegram only once a chat is linked.
	 */
	void choose(boolean email, boolean telegram, Language language, QuietHours quietHours, Instant now) {
		if (telegram && telegramChatId == null) {
			throw PreferenceRefusal.telegramNotLinked();
		}
		this.emailEnabled = email;
		this.telegramEnabled = telegram;
		this.language = language == null ? null : language.name();
		this.quietFrom = quietHours == null ? null : quietHours.from();
		this.quietTo = quietHours == null ? null : quietHours.to();
		this.updatedAt = now;
	}

	/** A chat linked: messages go to it from now on. */
	void linkTelegram(long chatId, Instant now) {
		this.telegramChatId = chatId;
		this.telegramEnabled = true;
		this.telegramLinkedAt = now;
		this.updatedAt = now;
	}

	void unlinkTelegram(Instant now) {
		this.telegramChatId = null;
		this.telegramEnabled = false;
		this.updatedAt = now;
	}

	String person() {
		return person;
	}

	Choice choice() {
		return new Choice(emailEnabled, telegramEnabled && telegramChatId != null,
				language == null ? null : Language.valueOf(language),
				quietFrom == null ? null : new QuietHours(quietFrom, quietTo), telegramChatId, telegramLinkedAt);
	}

}
