package org.partnernetwork.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.partnernetwork.benchmarks.ScenarioResult.RouteResult;

/**
 * The one table of the run: each scenario through the gateway and directly, side by side.
 */
final class ResultTable {

	private static final String ROW = "%-28s %-8s %8s %8s %8s %8s %8s %7s  %-7s  %s%n";

	private ResultTable() {
	}

	static void print(List<ScenarioResult> results, PrintStream out) {
		out.printf(Locale.ROOT, ROW, "scenario", "route", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors",
				"indexes", "gateway/direct");
		out.println("-".repeat(126));
		for (ScenarioResult result : results) {
			String key = result.scenario().key();
			if (!result.measured()) {
				out.printf(Locale.ROOT, "%-28s %s: %s%n", key, result.probe().failed() ? "FAILED" : "not measured",
						result.probe().reason());
				continue;
			}
			route(out, key, "gateway", result.gateway(), result.usesIndexes() ? "yes" : "NO",
					ratio(result.gateway(), result.direct()));
			route(out, "", "direct", result.direct(), "", "");
		}
	}

	private static void route(PrintStream out, String key, String route, RouteResult result, String indexes,
			String ratio) {
		if (result.stats() == null) {
			out.printf(Locale.ROOT, "%-28s %-8s failed: %s%n", key, route, result.failure());
			return;
		}
		RunStats s = result.stats();
		String requests = s.completed() + (s.cutShort() ? "*" : "");
		out.printf(Locale.ROOT, ROW, key, route, requests, "%.1f".formatted(s.throughputPerSecond()),
				ms(s.percentileMillis(50)), ms(s.percentileMillis(95)), ms(s.percentileMillis(99)), s.errors(), indexes,
				ratio);
	}

	/** Latency and throughput of the gateway as multiples of the direct route's. */
	static String ratio(RouteResult gateway, RouteResult direct) {
		if (gateway.stats() == null || direct.stats() == null) {
			return "";
		}
		double p50 = gateway.stats().percentileMillis(50) / direct.stats().percentileMillis(50);
		double throughput = gateway.stats().throughputPerSecond() / direct.stats().throughputPerSecond();
		return Double.isFinite(p50) && Double.isFinite(throughput)
				? String.format(Locale.ROOT, "p50 x%.2f, req/s x%.2f", p50, throughput) : "";
	}

	private static String ms(double millis) {
		return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%.1f", millis);
	}

	/**
	 * Beneath the table: what each scenario asked, what it found, and the first errors.
	 */
	static void printLegend(List<ScenarioResult> results, String directBaseUrl, PrintStream out) {
		boolean cutShort = false;
		for (ScenarioResult result : results) {
			Scenario scenario = result.scenario();
			out.printf("  %-28s %s, e.g. %s%n", scenario.key(), scenario.title(),
					ScenarioProbe.describe(scenario.firstUri(directBaseUrl)));
			if (result.measured()) {
				out.printf("  %-28s found %d of %d (first answer %.1f KB); %d parameter sets in rotation%n", "",
						result.probe().matches(), result.probe().unfilteredTotal(),
						result.probe().firstAnswerBytes() / 1024.0, scenario.parameters().size());
				for (RouteResult route : List.of(result.gateway(), result.direct())) {
					if (route.stats() != null && route.stats().firstError() != null) {
						out.printf("  %-28s first error: %s%n", "", route.stats().firstError());
					}
					cutShort |= route.stats() != null && route.stats().cutShort();
				}
			}
		}
		if (cutShort) {
			out.println("  * the time cap stopped the run before all its requests were sent");
		}
	}

}
