package org.partnernetwork.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Waits until a group of parts answers, saying every few seconds what it is still waiting
 * for.
 */
final class ReadinessWait {

	static final int LOG_LINES = 30;

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	private final Instant platformStart;

	private final ProgressPrinter progress;

	private final BooleanSupplier cancelled;

	ReadinessWait(Instant platformStart, ProgressPrinter progress, BooleanSupplier cancelled) {
		this.platformStart = platformStart;
		this.progress = progress;
		this.cancelled = cancelled;
	}

	/**
	 * Returns when all are ready; throws {@link PlatformStartException} for the first
	 * that fails or times out.
	 */
	void awaitReady(Collection<Part> parts) {
		Instant groupStart = Instant.now();
		Instant lastReport = groupStart;
		List<Part> pending = new ArrayList<>(parts);
		while (!pending.isEmpty()) {
			for (Part part : List.copyOf(pending)) {
				if (cancelled.getAsBoolean()) {
					throw new PlatformStartException(part.name(), "the platform was stopped while starting");
				}
				if (part.failure().isPresent()) {
					throw new PlatformStartException(part.name(), part.failure().get(),
							LogTail.of(part.log(), LOG_LINES));
				}
				if (part.isReady()) {
					pending.remove(part);
					progress.print("  " + part.name() + " is ready (" + secondsSince(platformStart) + " s)");
				}
				else if (Duration.between(groupStart, Instant.now()).compareTo(part.timeout()) > 0) {
					throw new PlatformStartException(part.name(),
							"not ready within " + part.timeout().toSeconds() + " s", LogTail.of(part.log(), LOG_LINES));
				}
			}
			if (!pending.isEmpty() && Duration.between(lastReport, Instant.now()).compareTo(PROGRESS_EVERY) >= 0) {
				progress.print("  waiting for " + names(pending) + " (" + secondsSince(platformStart) + " s)");
				lastReport = Instant.now();
			}
			if (!pending.isEmpty()) {
				sleep();
			}
		}
	}

	static long secondsSince(Instant start) {
		return Duration.between(start, Instant.now()).toSeconds();
	}

	private static String names(List<Part> parts) {
		return parts.stream().map(Part::name).collect(Collectors.joining(", "));
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PlatformStartException("platform", "interrupted while waiting for the parts to start");
		}
	}

}
