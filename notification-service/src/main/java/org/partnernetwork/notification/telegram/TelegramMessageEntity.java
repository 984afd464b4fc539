package org.partnernetwork.notification.telegram;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partnernetwork.notification.config.NotificationProperties;
import org.partnernetwork.notification.mail.Letter;
import org.partnernetwork.notification.telegram.Bot.Sending;

/**
 * One Telegram message waiting to go to one person's chat, kept in the transaction that
 * took the event in: made from the kind, organisation, urgency and link only; how its
 * sending went so far (PENDING, SENT, FAILED).
 */
@Entity
@Table(name = "outgoing_telegram")
class TelegramMessageEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID eventId;

	private String recipient;

	private long chatId;

	private String language;

	private String kind;

	private String organisation;

	private String urgency;

	private String link;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private State state;

	private int attempts;

	private Instant createdAt;

	private Instant nextAttemptAt;

	private String lastFailure;

	private Instant sentAt;

	protected TelegramMessageEntity() {
	}

	TelegramMessageEntity(Letter letter, long chatId, Instant now, Instant due) {
		this.eventId = letter.eventId();
		this.recipient = letter.recipient();
		this.chatId = chatId;
		this.language = letter.language();
		this.kind = letter.kind();
		this.organisation = letter.organisation();
		this.urgency = letter.urgency();
		this.link = letter.link();
		this.state = State.PENDING;
		this.createdAt = now;
		this.nextAttemptAt = due;
	}

	/**
	 * Records how sending went: a retry waits for what Telegram asked (429's
	 * {@code retry_after}) or a pause that doubles with each failure; too many attempts,
	 * or a refusal for good (the bot blocked), and it has failed.
	 */
	void record(Sending sending, Instant now, NotificationProperties.Telegram settings) {
		attempts++;
		switch (sending.result()) {
			case SENT -> {
				state = State.SENT;
				sentAt = now;
				lastFailure = null;
			}
			case FAILED -> {
				state = State.FAILED;
				lastFailure = sending.failure();
			}
			case RETRY -> {
				lastFailure = sending.failure();
				if (attempts >= settings.maxAttempts()) {
					state = State.FAILED;
				}
				else if (sending.retryAfter() != null) {
					nextAttemptAt = now.plus(sending.retryAfter());
				}
				else {
					nextAttemptAt = NotificationProperties.nextAttempt(now, attempts, settings.firstRetry(),
							settings.maxRetry());
				}
			}
		}
	}

	Letter letter() {
		return new Letter(eventId, recipient, null, language, kind, organisation, urgency, link);
	}

	long chatId() {
		return chatId;
	}

	Long id() {
		return id;
	}

	int attempts() {
		return attempts;
	}

	boolean failed() {
		return state == State.FAILED;
	}

	enum State {

		PENDING, SENT, FAILED

	}

}
