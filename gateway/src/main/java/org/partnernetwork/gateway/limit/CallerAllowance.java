package org.partnernetwork.gateway.limit;

import reactor.core.publisher.Mono;

/**
 * Each caller's allowance of requests: in this gateway's memory, or in Redis where every
 * replica of the gateway counts against the same one.
 */
public interface CallerAllowance {

	/**
	 * Takes one request from the caller's allowance: granted, or refused with the seconds
	 * until the caller may try again.
	 */
	Mono<Outcome> take(String caller);

	/** One request's outcome. */
	record Outcome(boolean granted, long retryAfterSeconds) {

		static final Outcome GRANTED = new Outcome(true, 0);

		static Outcome refused(long retryAfterSeconds) {
			return new Outcome(false, Math.max(1, retryAfterSeconds));
		}

	}

}
