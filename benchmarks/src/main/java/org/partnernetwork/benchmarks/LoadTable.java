package org.partnernetwork.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The load test's one table: each request kind through the gateway and directly, and the gateway's cost. */
final class LoadTable {

	private static final String FORMAT = "%-24s %-8s %9s %8s %8s %8s %7s%n";

	private LoadTable() {
	}

	static void print(Map<LoadRecorder.Key, RunStats> results, int users, PrintStream out) {
		out.printf("%n== Load test: %d virtual users back to back; latency of answers with the expected status;"
				+ " gateway/direct: the gateway's figures as multiples of the direct route's%n%n", users);
		out.printf(FORMAT, "request", "route", "requests", "req/s", "p50 ms", "p99 ms", "errors");
		for (LoadKind kind : LoadKind.values()) {
			RunStats gateway = results.get(new LoadRecorder.Key(kind.title(), LoadPlan.GATEWAY));
			RunStats direct = results.get(new LoadRecorder.Key(kind.title(), LoadPlan.DIRECT));
			if (gateway == null || direct == null) {
				out.printf(FORMAT, kind.title(), "-", "no answers", "", "", "", "");
				continue;
			}
			line(out, kind.title(), LoadPlan.GATEWAY, gateway);
			line(out, "", LoadPlan.DIRECT, direct);
			out.printf(Locale.ROOT, "%-24s gateway/direct: req/s x%.2f, p50 x%.2f, p99 x%.2f%n", "",
					gateway.throughputPerSecond() / direct.throughputPerSecond(),
					gateway.percentileMillis(50) / direct.percentileMillis(50),
					gateway.percentileMillis(99) / direct.percentileMillis(99));
			for (RunStats stats : List.of(gateway, direct)) {
				if (stats.firstError() != null) {
					out.println("  first error: " + stats.firstError());
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
