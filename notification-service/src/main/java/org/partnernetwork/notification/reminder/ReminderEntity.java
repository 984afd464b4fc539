package org.partnernetwork.notification.reminder;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partnernetwork.notification.event.PlatformEvent;
import org.partnernetwork.notification.inbox.NotificationKind;
import org.partnernetwork.notification.inbox.Urgency;

/**
 * A reminder (or an escalation) of a referral still unanswered, due at a time set from
 * when the referral was sent. Its id is the id of the event it becomes, so it tells each
 * person once.
 */
@Entity
@Table(name = "referral_reminder")
class ReminderEntity {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID id;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID referralId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private NotificationKind kind;

	private String organisation;

	private String recipientOrganisation;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Urgency urgency;

	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ReminderState state;

	private Instant doneAt;

	protected ReminderEntity() {
	}

	ReminderEntity(PlatformEvent referral, NotificationKind kind, Instant dueAt) {
		this.id = UUID.randomUUID();
		this.referralId = referral.subjectId();
		this.kind = kind;
		this.organisation = referral.organisation();
		this.recipientOrganisation = referral.recipientOrganisation();
		this.urgency = referral.urgency();
		this.dueAt = dueAt;
		this.state = ReminderState.PENDING;
	}

	/** The event this reminder becomes, told through the usual delivery path. */
	PlatformEvent event() {
		return new PlatformEvent(id, kind, referralId, organisation, recipientOrganisation, urgency, null, dueAt);
	}

	void sent(Instant now) {
		state = ReminderState.SENT;
		doneAt = now;
	}

}
