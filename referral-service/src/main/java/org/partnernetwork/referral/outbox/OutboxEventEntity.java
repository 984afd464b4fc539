package org.partnernetwork.referral.outbox;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partnernetwork.support.outbox.OutboxDelivery;
import org.partnernetwork.support.outbox.PlatformEvent;

/** A referral's news waiting to be posted to notification-service, and how that went. */
@Entity
@Table(name = "outbox_event")
class OutboxEventEntity extends OutboxDelivery {

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

	protected OutboxEventEntity() {
	}

	OutboxEventEntity(PlatformEvent event) {
		super(event.occurredAt());
		this.eventId = event.eventId();
		this.kind = event.kind();
		this.subjectId = event.subjectId();
		this.organisation = event.organisation();
		this.recipientOrganisation = event.recipientOrganisation();
		this.urgency = event.urgency();
		this.recipient = event.recipient();
	}

	/** The event as it is posted, the same at every attempt. */
	PlatformEvent event() {
		return new PlatformEvent(eventId, kind, subjectId, organisation, recipientOrganisation, urgency, recipient,
				occurredAt());
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

}
