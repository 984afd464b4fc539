package org.partnernetwork.support.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an outbox waits after a failed delivery: {@code first} after the first
 * failure, doubled with each further one, at most {@code max}.
 */
public record RetryPause(Duration first, Duration max) {

	/** When to try again after the {@code attempts}-th failure, counted from 1. */
	public Instant nextAttempt(int attempts, Instant now) {
		Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempts, 1) - 1, 20));
		return now.plus(wait.compareTo(max) > 0 ? max : wait);
	}

}
