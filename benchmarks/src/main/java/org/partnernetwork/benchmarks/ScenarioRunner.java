package org.partnernetwork.benchmarks;

import java.io.PrintStream;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.partnernetwork.benchmarks.ScenarioResult.RouteResult;

/**
 * Runs one scenario: checks that the endpoint answers as the contract says, captures and
 * explains the SQL it runs, then warms up and measures through the gateway, then directly
 * against the service (or, with {@code --rounds}, warms up both and alternates between
 * them).
 */
final class ScenarioRunner {

	private final Api api;

	private final QueryPlans plans;

	private final BenchmarkOptions options;

	private final Supplier<String> freshToken;

	private final PrintStream out;

	ScenarioRunner(Api api, QueryPlans plans, BenchmarkOptions options, Supplier<String> freshToken, PrintStream out) {
		this.api = api;
		this.plans = plans;
		this.options = options;
		this.freshToken = freshToken;
		this.out = out;
	}

	ScenarioResult run(Scenario scenario, String gatewayUrl, String directUrl) throws SQLException {
		out.printf("%n%s (%s)%n", scenario.key(), scenario.title());
		ScenarioProbe.Outcome probe = new ScenarioProbe(api).probe(scenario, directUrl, freshToken.get());
		if (!probe.available()) {
			out.println(
					(probe.failed() ? "  FAILED, not measured: " : "  not available, not measured: ") + probe.reason());
			out.println("  explaining the expected SQL instead (written by hand in Scenarios.java)");
			return new ScenarioResult(scenario, probe, null, null, explainExpected(scenario), false);
		}
		out.printf("  found %d of %d for %s%n", probe.matches(), probe.unfilteredTotal(),
				ScenarioProbe.describe(scenario.firstUri(directUrl)));
		String token = freshToken.get();
		List<QueryPlans.Captured> captured = plans.capture(() -> api.get(scenario.firstUri(directUrl), token));
		List<QueryPlans.Plan> explained = captured.stream()
			.map(statement -> plans.explain(statement, !scenario.filtered()))
			.toList();
		if (captured.isEmpty()) {
			out.println("  no SQL seen in the general log; explaining the expected SQL instead");
			explained = explainExpected(scenario);
		}
		else {
			out.printf("  the first search ran %d SELECTs of %d shapes%n",
					captured.stream().mapToInt(QueryPlans.Captured::times).sum(), captured.size());
		}
		List<URI> viaGateway = scenario.uris(gatewayUrl);
		List<URI> direct = scenario.uris(directUrl);
		RouteResult[] routes = options.rounds() == 1
				? new RouteResult[] { measure("gateway", viaGateway), measure("direct", direct) }
				: measureInRounds(viaGateway, direct);
		return new ScenarioResult(scenario, probe, routes[0], routes[1], explained, !captured.isEmpty());
	}

	/**
	 * Both routes warmed up, then the measured requests in alternating gateway/direct
	 * runs.
	 */
	private RouteResult[] measureInRounds(List<URI> viaGateway, List<URI> direct) {
		String gatewayWarmup = warmUp("gateway", viaGateway);
		String directWarmup = warmUp("direct", direct);
		List<RunStats> gatewayRuns = new ArrayList<>();
		List<RunStats> directRuns = new ArrayList<>();
		LoadRun load = new LoadRun(api, options.concurrency(), options.maxRunTime().dividedBy(options.rounds()));
		int offset = 0;
		for (int round = 0; round < options.rounds(); round++) {
			int requests = options.requests() / options.rounds()
					+ (round < options.requests() % options.rounds() ? 1 : 0);
			if (gatewayWarmup == null) {
				gatewayRuns.add(load.run(viaGateway, freshToken.get(), requests, offset));
			}
			if (directWarmup == null) {
				directRuns.add(load.run(direct, freshToken.get(), requests, offset));
			}
			offset += requests;
		}
		return new RouteResult[] { measured("gateway", gatewayWarmup, gatewayRuns),
				measured("direct", directWarmup, directRuns) };
	}

	private List<QueryPlans.Plan> explainExpected(Scenario scenario) {
		return scenario.expectedSqlForFirst().stream().map(sql -> plans.explain(sql, 1, !scenario.filtered())).toList();
	}

	/**
	 * Warm-up, then the measured run, each with a token of its own (tokens live five
	 * minutes).
	 */
	private RouteResult measure(String route, List<URI> uris) {
		String warmupFailure = warmUp(route, uris);
		if (warmupFailure != null) {
			return new RouteResult(null, warmupFailure);
		}
		RunStats stats = new LoadRun(api, options.concurrency(), options.maxRunTime()).run(uris, freshToken.get(),
				options.requests());
		return measured(route, null, List.of(stats));
	}

	/**
	 * Why the route cannot be measured (every warm-up request failed), or {@code null}.
	 */
	private String warmUp(String route, List<URI> uris) {
		if (options.warmup() == 0) {
			return null;
		}
		RunStats warmup = new LoadRun(api, options.concurrency(), options.maxRunTime()).run(uris, freshToken.get(),
				options.warmup());
		out.printf(Locale.ROOT, "  %-8s warm-up  %5d requests in %5.1f s, %d errors%n", route, warmup.completed(),
				warmup.elapsed().toMillis() / 1000.0, warmup.errors());
		return warmup.completed() > 0 && warmup.errors() == warmup.completed()
				? "every warm-up request failed; first: " + warmup.firstError() : null;
	}

	private RouteResult measured(String route, String warmupFailure, List<RunStats> runs) {
		if (warmupFailure != null) {
			return new RouteResult(null, warmupFailure);
		}
		RunStats stats = RunStats.merge(runs);
		out.printf(Locale.ROOT, "  %-8s measured %5d requests in %5.1f s%s, %d errors, p50 %.1f ms%n", route,
				stats.completed(), stats.elapsed().toMillis() / 1000.0,
				runs.size() > 1 ? " (" + runs.size() + " rounds)" : "", stats.errors(), stats.percentileMillis(50));
		return new RouteResult(stats, null);
	}

}
