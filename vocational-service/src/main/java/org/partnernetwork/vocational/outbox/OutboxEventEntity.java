package org.partnernetwork.vocational.outbox;

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
import org.partnernetwork.vocational.client.referral.PartnerEvent;

/**
 * A placement event waiting to be posted to a referral's timeline or to
 * notification-service (its {@code destination}), and how its delivery went so far.
 */
@Entity
@Table(name = "outbox_event")
class OutboxEventEntity extends OutboxDelivery {

	static final String REFERRAL_SERVICE = "referral-service";

	static final String NOTIFICATION_SERVICE = "notification-service";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID eventId;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID referralId;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID placementId;

	private String type;

	private String code;

	private String organisation;

	private String destination;

	private String recipientOrganisation;

	private String recipient;

	protected OutboxEventEntity() {
	}

	OutboxEventEntity(UUID referralId, UUID placementId, PartnerEvent event) {
		super(event.occurredAt());
		this.eventId = event.eventId();
		this.referralId = referralId;
		this.placementId = placementId;
		this.type = event.type();
		this.code = event.code();
		this.organisation = event.organisation();
		this.destination = REFERRAL_SERVICE;
	}

	OutboxEventEntity(PlatformEvent event) {
		super(event.occurredAt());
		this.eventId = event.eventId();
		this.placementId = event.subjectId();
		this.type = event.kind();
		this.organisation = event.organisation();
		this.destination = NOTIFICATION_SERVICE;
		this.recipientOrganisation = event.recipientOrganisation();
		this.recipient = event.recipient();
	}

	/**
	 * The event as it is posted to the referral's timeline, the same at every attempt.
	 */
	PartnerEvent message() {
		return new PartnerEvent(eventId, type, organisation, code, occurredAt());
	}

	/** The event as it is posted to notification-service, the same at every attempt. */
	PlatformEvent notice() {
		return PlatformEvent.of(eventId, type, placementId, organisation, recipientOrganisation, recipient,
				occurredAt());
	}

	boolean forNotifications() {
		return NOTIFICATION_SERVICE.equals(destination);
	}

	Long id() {
		return id;
	}

	UUID eventId() {
		return eventId;
	}

	UUID referralId() {
		return referralId;
	}

	UUID placementId() {
		return placementId;
	}

	String type() {
		return type;
	}

	String code() {
		return code;
	}

	String organisation() {
		return organisation;
	}

}
