package org.partnernetwork.support.outbox;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What every outbox event records of its delivery, in its service's own
 * {@code outbox_event} table: when it happened, its state, the attempts so far, when to
 * try next, the last failure in a few words and when it was delivered. Each service's
 * entity adds what it posts.
 */
@MappedSuperclass
public abstract class OutboxDelivery {

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private OutboxState state;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastFailure;

	private Instant deliveredAt;

	protected OutboxDelivery() {
	}

	/** A new event, due at once. */
	protected OutboxDelivery(Instant occurredAt) {
		this.occurredAt = occurredAt;
		this.state = OutboxState.PENDING;
		this.nextAttemptAt = occurredAt;
	}

	public void delivered(Instant now) {
		attempts++;
		state = OutboxState.DELIVERED;
		deliveredAt = now;
		lastFailure = null;
	}

	/**
	 * Not delivered this time: tried again after a pause that grows with each failure.
	 */
	public void failed(String failure, Instant now, RetryPause pause) {
		attempts++;
		lastFailure = failure;
		nextAttemptAt = pause.nextAttempt(attempts, now);
	}

	/**
	 * There is nowhere to deliver it, or it was refused as invalid: it is kept, marked,
	 * and never tried again.
	 */
	public void abandoned(String failure) {
		attempts++;
		state = OutboxState.ABANDONED;
		lastFailure = failure;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	public int attempts() {
		return attempts;
	}

}
