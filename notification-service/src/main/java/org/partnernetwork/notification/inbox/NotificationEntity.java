package org.partnernetwork.notification.inbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One person's notice of one event: what kind of thing happened, at which organisation,
 * how urgent, and which referral or seat request the portal shows it on (an id, opened
 * only by someone allowed to). Nothing about the child: there is no column for it.
 */
@Entity
@Table(name = "notification")
class NotificationEntity {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID id;

	private String recipient;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID eventId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private NotificationKind kind;

	private String organisation;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Urgency urgency;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID subjectId;

	private Instant createdAt;

	private Instant readAt;

	protected NotificationEntity() {
	}

	NotificationEntity(String recipient, UUID eventId, NotificationKind kind, String organisation, Urgency urgency,
			UUID subjectId, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.eventId = eventId;
		this.kind = kind;
		this.organisation = organisation;
		this.urgency = urgency;
		this.subjectId = subjectId;
		this.createdAt = createdAt;
	}

	/**
	 * Read now, unless it was read before (the first reading is kept); to the
	 * microsecond, as the database keeps it.
	 */
	void read(Instant now) {
		if (readAt == null) {
			readAt = now.truncatedTo(ChronoUnit.MICROS);
		}
	}

	UUID id() {
		return id;
	}

	UUID eventId() {
		return eventId;
	}

	NotificationKind kind() {
		return kind;
	}

	String organisation() {
		return organisation;
	}

	Urgency urgency() {
		return urgency;
	}

	UUID subjectId() {
		return subjectId;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant readAt() {
		return readAt;
	}

}
