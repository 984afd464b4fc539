package org.partnernetwork.support.idempotency;

import java.util.function.Function;

/**
 * What a create answers, and whether that answer replays an earlier request's (same key,
 * same body).
 */
public record Created<T>(T answer, boolean replayed) {

	static <T> Created<T> made(T answer) {
		return new Created<>(answer, false);
	}

	static <T> Created<T> replayed(T answer) {
		return new Created<>(answer, true);
	}

	/**
	 * The same outcome with the answer read another way (e.g. the saved thing's view from
	 * its id).
	 */
	public <R> Created<R> map(Function<T, R> reading) {
		return new Created<>(reading.apply(answer), replayed);
	}
}
