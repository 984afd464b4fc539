package org.partnernetwork.e2e;

import java.time.Duration;

/** The one pause the suite allows: between two polls of something asynchronous, against a deadline. */
final class Polling {

	private Polling() {
	}

	static void pause(Duration interval) {
		try {
			Thread.sleep(interval.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
