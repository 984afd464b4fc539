package org.partnernetwork.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one measured run gave: how many requests completed in how long, the latencies of
 * the successful ones, and the errors (any answer but 200, or none).
 *
 * @param completed requests that got an answer or failed, successful or not
 * @param planned requests the run was asked for (more than completed if the time cap
 * stopped it)
 * @param elapsed from the first request sent to the last answer
 * @param latenciesNanos of the successful requests, in any order
 * @param errors requests that failed or answered other than 200
 * @param firstError what the first error was, or {@code null}
 */
record RunStats(int completed, int planned, Duration elapsed, long[] latenciesNanos, int errors, String firstError) {

	RunStats {
		latenciesNanos = latenciesNanos.clone();
		Arrays.sort(latenciesNanos);
	}

	double throughputPerSecond() {
		double seconds = elapsed.toNanos() / 1e9;
		return seconds <= 0 ? 0 : completed / seconds;
	}

	/**
	 * Nearest-rank percentile of the successful requests' latency in milliseconds; NaN if
	 * none succeeded.
	 */
	double percentileMillis(double percentile) {
		if (latenciesNanos.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percentile / 100.0 * latenciesNanos.length);
		return latenciesNanos[Math.clamp(rank - 1, 0, latenciesNanos.length - 1)] / 1e6;
	}

	/** Several runs of one route as one: counts and times added, latencies pooled. */
	static RunStats merge(List<RunStats> runs) {
		long[] latencies = runs.stream().flatMapToLong(run -> Arrays.stream(run.latenciesNanos)).toArray();
		return new RunStats(runs.stream().mapToInt(RunStats::completed).sum(),
				runs.stream().mapToInt(RunStats::planned).sum(),
				runs.stream().map(RunStats::elapsed).reduce(Duration.ZERO, Duration::plus), latencies,
				runs.stream().mapToInt(RunStats::errors).sum(),
				runs.stream().map(RunStats::firstError).filter(Objects::nonNull).findFirst().orElse(null));
	}

	boolean cutShort() {
		return completed < planned;
	}
}
