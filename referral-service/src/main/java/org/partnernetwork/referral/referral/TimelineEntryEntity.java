package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry on a referral's timeline, seen by both sides: a transition, a note, or an
 * update another service posted. A note written after a transfer's lead passed to the
 * receiver is not shown to the sender.
 */
@Entity
@Table(name = "referral_event")
class TimelineEntryEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID referralId;

	private Instant occurredAt;

	private String type;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ReferralStatus statusAfter;

	private String actorOrganisation;

	private String actorUsername;

	private String code;

	@Column(name = "note")
	private String sealedNote;

	private boolean senderSeesNote;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID partnerEventId;

	protected TimelineEntryEntity() {
	}

	TimelineEntryEntity(ReferralEntity referral, String type, Actor actor, String code, String sealedNote,
			Instant occurredAt) {
		this.referralId = referral.id();
		this.occurredAt = occurredAt;
		this.type = type;
		this.statusAfter = referral.status();
		this.actorOrganisation = actor.organisation();
		this.actorUsername = actor.username();
		this.code = code;
		this.sealedNote = sealedNote;
		this.senderSeesNote = !referral.leadHandedOver();
	}

	static TimelineEntryEntity partnerUpdate(ReferralEntity referral, UUID eventId, String type, String organisation,
			String code, Instant occurredAt) {
		var entry = new TimelineEntryEntity(referral, type, new Actor(organisation, null), code, null, occurredAt);
		entry.partnerEventId = eventId;
		return entry;
	}

	/**
	 * Who wrote an entry: a user of an organisation, another service for an organisation,
	 * or the platform.
	 */
	record Actor(String organisation, String username) {

		static final Actor PLATFORM = new Actor(null, "partner-network");

	}

	Long id() {
		return id;
	}

	UUID referralId() {
		return referralId;
	}

	Instant occurredAt() {
		return occurredAt;
	}

	String type() {
		return type;
	}

	ReferralStatus statusAfter() {
		return statusAfter;
	}

	String actorOrganisation() {
		return actorOrganisation;
	}

	String actorUsername() {
		return actorUsername;
	}

	String code() {
		return code;
	}

	String sealedNote() {
		return sealedNote;
	}

	boolean senderSeesNote() {
		return senderSeesNote;
	}

}
