package org.partnernetwork.referral.outbox;

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
import org.partnernetwork.support.outbox.PlatformEvent;
import org.partnernetwork.support.outbox.RetryPause;

/** A referral's news waiting to be posted to notification-service, and how that went. */
@Entity
@Table(name = "outbox_event")
class OutboxEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID eventId;

	private String kind;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID subjectId;

	private String organisation;

	private String recipientOrganisation;

	private String urgency;

	private String recipient;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private OutboxState state;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastFailure;

	private Instant deliveredAt;

	protected OutboxEventEntity() {
	}

	OutboxEventEntity(PlatformEvent event) {
		this.eventId = event.eventId();
		this.kind = event.kind();
		this.subjectId = event.subjectId();
		this.organisation = event.organisation();
		this.recipientOrganisation = event.recipientOrganisation();
		this.urgency = event.urgency();
		this.recipient = event.recipient();
		this.occurredAt = event.occurredAt();
		this.state = OutboxState.PENDING;
		this.nextAttemptAt = event.occurredAt();
	}

	/** The event as it is posted, the same at every attempt. */
	PlatformEvent event() {
		return new PlatformEvent(eventId, kind, subjectId, organisation, recipientOrganisation, urgency, recipient,
				occurredAt);
	}

	void delivered(Instant now) {
		attempts++;
		state = OutboxState.DELIVERED;
		deliveredAt = now;
		lastFailure = null;
	}

	/**
	 * Not delivered this time: tried again after a pause that grows with each failure.
	 */
	void failed(String failure, Instant now, RetryPause pause) {
		attempts++;
		lastFailure = failure;
		nextAttemptAt = pause.nextAttempt(attempts, now);
	}

	/** Refused as invalid: kept, marked, and never tried again. */
	void abandoned(String failure) {
		attempts++;
		state = OutboxState.ABANDONED;
		lastFailure = failure;
	}

	Long id() {
		return id;
	}

	UUID eventId() {
		return eventId;
	}

	String kind() {
		return kind;
	}

	Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	int attempts() {
		return attempts;
	}

}
