package org.partnernetwork.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load test's one table: each request kind through the gateway and directly, and the
 * gateway's cost.
 */
final class LoadTable {

	private static final String FORMAT = "%-24s %-15s %9s %8s %8s %8s %7s%n";

	private LoadTable() {
	}

	static void print(Map<LoadRecorder.Key, RunStats> results, List<String> routes, int users, PrintStream out) {
		out.printf("%n== Load test: %d virtual users back to back; latency of answers with the expected status;"
				+ " gateway/direct: the gateway's figures as multiples of the direct route's%n%n", users);
		out.printf(FORMAT, "request", "route", "requests", "req/s", "p50 ms", "p99 ms", "errors");
		for (LoadKind kind : LoadKind.values()) {
			RunStats direct = results.get(new LoadRecorder.Key(kind.title(), LoadPlan.DIRECT));
			String title = kind.title();
			for (String route : routes) {
				RunStats stats = results.get(new LoadRecorder.Key(kind.title(), route));
				if (stats == null) {
					out.printf(FORMAT, title, route, "no answers", "", "", "", "");
				}
				else {
					line(out, title, route, stats);
				}
				title = "";
			}
			for (String route : routes) {
				RunStats stats = results.get(new LoadRecorder.Key(kind.title(), route));
				if (stats != null && direct != null && !route.equals(LoadPlan.DIRECT)) {
					out.printf(Locale.ROOT, "%-24s %s/direct: req/s x%.2f, p50 x%.2f, p99 x%.2f%n", "", route,
							stats.throughputPerSecond() / direct.throughputPerSecond(),
							stats.percentileMillis(50) / direct.percentileMillis(50),
							stats.percentileMillis(99) / direct.percentileMillis(99));
				}
				if (stats != null && stats.firstError() != null) {
					out.println("  first error (" + route + "): " + stats.firstError());
				}
			}
		}
	}

	private static void line(PrintStream out, String kind, String route, RunStats stats) {
		out.printf(Locale.ROOT, FORMAT, kind, route, stats.completed(),
				String.format(Locale.ROOT, "%.1f", stats.throughputPerSecond()), ms(stats.percentileMillis(50)),
				ms(stats.percentileMillis(99)), stats.errors());
	}

	private static String ms(double millis) {
		return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%.1f", millis);
	}

}
