package org.partnernetwork.notification.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/**
 * An event already taken in: its id is the key, so a second delivery of it (the senders'
 * outboxes deliver at least once) finds it here and tells nobody again. Always inserted,
 * never merged: a second row with the same id fails.
 */
@Entity
@Table(name = "received_event")
class ReceivedEventEntity implements Persistable<UUID> {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID eventId;

	private String kind;

	private int recipients;

	private Instant receivedAt;

	protected ReceivedEventEntity() {
	}

	ReceivedEventEntity(PlatformEvent event, int recipients, Instant receivedAt) {
		this.eventId = event.eventId();
		this.kind = event.kind().name();
		this.recipients = recipients;
		this.receivedAt = receivedAt;
	}

	@Override
	public UUID getId() {
		return eventId;
	}

	@Override
	public boolean isNew() {
		return true;
	}

}
