package org.partnernetwork.notification.mail;

import java.time.Duration;
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

/**
 * One e-mail waiting to go to one person, kept in the transaction that took the event in:
 * what it says is made from the kind, organisation, urgency and link only; how its
 * sending went so far.
 */
@Entity
@Table(name = "outgoing_mail")
class MailEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID eventId;

	private String recipient;

	private String address;

	private String language;

	private String kind;

	private String organisation;

	private String urgency;

	private String link;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private MailState state;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastFailure;

	private Instant sentAt;

	protected MailEntity() {
	}

	MailEntity(Letter letter, Instant due) {
		this.eventId = letter.eventId();
		this.recipient = letter.recipient();
		this.address = letter.address();
		this.language = letter.language();
		this.kind = letter.kind();
		this.organisation = letter.organisation();
		this.urgency = letter.urgency();
		this.link = letter.link();
		this.state = MailState.PENDING;
		this.nextAttemptAt = due;
	}

	void sent(Instant now) {
		attempts++;
		state = MailState.SENT;
		sentAt = now;
		lastFailure = null;
	}

	/**
	 * Not sent this time: try again after {@code firstRetry}, doubled with each failure,
	 * at most {@code maxRetry}; after {@code maxAttempts}, or at once when the server
	 * refused the address for good, it has failed and is not tried again.
	 */
	void failed(String failure, boolean permanent, Instant now, Duration firstRetry, Duration maxRetry,
			int maxAttempts) {
		attempts++;
		lastFailure = failure;
		if (permanent || attempts >= maxAttempts) {
			state = MailState.FAILED;
			return;
		}
		nextAttemptAt = NotificationProperties.nextAttempt(now, attempts, firstRetry, maxRetry);
	}

	Letter letter() {
		return new Letter(eventId, recipient, address, language, kind, organisation, urgency, link);
	}

	Long id() {
		return id;
	}

	int attempts() {
		return attempts;
	}

}
