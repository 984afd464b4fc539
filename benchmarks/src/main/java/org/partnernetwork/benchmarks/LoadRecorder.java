package org.partnernetwork.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of the measured phases of the load test, per request kind and route.
 * Gatling drives the load; each virtual user hands every answer's status and response
 * time to this recorder, so that the table can put the gateway beside the direct route
 * with exact percentiles from the same run.
 * <p>
 * A route's time is the sum of its phases' windows, each from the first request sent to
 * the last answer.
 */
final class LoadRecorder {

	/** One request kind on one route, e.g. "directory search" through the gateway. */
	record Key(String kind, String route) {
	}

	private static final class Measured {

		private final List<Long> latenciesNanos = new ArrayList<>();

		private int answers;

		private int errors;

		private String firstError;

	}

	private record Window(long startNanos, long endNanos) {

		Window extend(long start, long end) {
			return new Window(Math.min(startNanos, start), Math.max(endNanos, end));
		}
	}

	private final Map<Key, Measured> measured = new LinkedHashMap<>();

	private final Map<String, Integer> answersPerRoute = new LinkedHashMap<>();

	private final Map<String, Key> phaseKeys = new LinkedHashMap<>();

	private final Map<String, Window> phaseWindows = new LinkedHashMap<>();

	/**
	 * One answer in a measured phase.
	 * @param phase the Gatling scenario it ran in (one per phase)
	 * @param responseMillis Gatling's response time, or -1 if there was no answer
	 * @param status the HTTP status, or 0 if there was no answer
	 * @param expected the status a working platform answers
	 */
	synchronized void record(String phase, Key key, int responseMillis, int status, int expected) {
		long end = System.nanoTime();
		long start = end - Math.max(0, responseMillis) * 1_000_000L;
		phaseKeys.put(phase, key);
		phaseWindows.merge(phase, new Window(start, end), (old, now) -> old.extend(start, end));
		Measured m = measured.computeIfAbsent(key, k -> new Measured());
		m.answers++;
		if (status == expected) {
			m.latenciesNanos.add(responseMillis * 1_000_000L);
		}
		else {
			m.errors++;
			if (m.firstError == null) {
				m.firstError = status == 0 ? "no answer" : "HTTP " + status + " instead of " + expected;
			}
		}
	}

	/**
	 * Any answer or failure on a route, warm-up included: what a process on that route
	 * had to serve.
	 */
	synchronized void sent(String route) {
		answersPerRoute.merge(route, 1, Integer::sum);
	}

	/** Requests sent on a route over the whole run, warm-up included. */
	synchronized int sentOn(String route) {
		return answersPerRoute.getOrDefault(route, 0);
	}

	/**
	 * What each kind and route gave over all its measured phases, in the order they first
	 * answered.
	 */
	synchronized Map<Key, RunStats> results() {
		Map<Key, RunStats> results = new LinkedHashMap<>();
		measured.forEach((key, m) -> {
			long windowNanos = phaseWindows.entrySet()
				.stream()
				.filter(phase -> phaseKeys.get(phase.getKey()).equals(key))
				.mapToLong(phase -> phase.getValue().endNanos() - phase.getValue().startNanos())
				.sum();
			long[] latencies = m.latenciesNanos.stream().mapToLong(Long::longValue).toArray();
			results.put(key, new RunStats(m.answers, m.answers, Duration.ofNanos(windowNanos), latencies, m.errors,
					m.firstError));
		});
		return results;
	}

}
