package org.partnernetwork.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@link PlatformLoadSimulation} runs. Gatling makes the simulation itself, by class
 * name, so the benchmark hands the plan over through {@link #use}; one load test runs at
 * a time.
 *
 * @param users virtual users per phase, each sending its next request when the last one
 * answered
 * @param warmup how long each kind and route is warmed up before anything is measured
 * @param phase how long one measured phase lasts
 * @param rounds measured phases per kind and route, gateway and direct alternating
 * @param routes the routes, e.g. "gateway" and "direct", in the order of the first round
 * @param baseUrls base URL per request kind and route
 * @param directoryPaths searches for services (path and query), used in turn
 * @param openingPaths searches for training openings (path and query), used in turn
 * @param referralBody a new referral's JSON, different each time
 * @param token the current access token of the user the load runs as
 * @param recorder where the answers of the measured phases go
 */
record LoadPlan(int users, Duration warmup, Duration phase, int rounds, List<String> routes,
		Map<LoadKind, Map<String, String>> baseUrls, List<String> directoryPaths, List<String> openingPaths,
		Supplier<String> referralBody, Supplier<String> token, LoadRecorder recorder) {

	static final String GATEWAY = "gateway";
	static final String DIRECT = "direct";

	/**
	 * A second gateway with the settings before the gateway's cost was cut
	 * (--compare-before).
	 */
	static final String GATEWAY_BEFORE = "gateway, before";

	private static volatile LoadPlan current;

	static void use(LoadPlan plan) {
		current = plan;
	}

	static LoadPlan current() {
		LoadPlan plan = current;
		if (plan == null) {
			throw new IllegalStateException("No load plan: run the load test with ./platform benchmark load");
		}
		return plan;
	}

	/**
	 * The routes turn by one each round, so that a slow spell of the machine weighs on
	 * each alike.
	 */
	List<String> routeOrder(int round) {
		List<String> order = new ArrayList<>(routes);
		Collections.rotate(order, -(round % routes.size()));
		return order;
	}

	/** Roughly how long the whole run takes. */
	Duration expectedDuration() {
		int stretches = LoadKind.values().length * routes.size();
		return warmup.multipliedBy(stretches).plus(phase.multipliedBy((long) stretches * rounds));
	}
}
