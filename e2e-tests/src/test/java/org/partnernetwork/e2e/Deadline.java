package org.partnernetwork.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until an answer is the one awaited or the deadline passes: the only place the
 * end-to-end suite pauses.
 */
final class Deadline {

	private static final Duration PAUSE = Duration.ofMillis(250);

	private Deadline() {
	}

	/**
	 * Asks again every quarter second; answers the first awaited answer, or the last one
	 * at the deadline.
	 */
	static <T> T poll(Duration within, Supplier<T> ask, Predicate<T> awaited) {
		Instant deadline = Instant.now().plus(within);
		while (true) {
			T answer = ask.get();
			if (awaited.test(answer) || Instant.now().isAfter(deadline)) {
				return answer;
			}
			try {
				Thread.sleep(PAUSE);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return answer;
			}
		}
	}

	/** Milliseconds since {@code start}. */
	static long millisSince(Instant start) {
		return Duration.between(start, Instant.now()).toMillis();
	}

}
