package org.partnernetwork.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@link PlatformLoadSimulation} runs. Gatling makes the simulation itself, by class name, so the
 * benchmark hands the plan over through {@link #use}; one load test runs at a time.
 *
 * @param users          virtual users per phase, each sending its next request when the last one answered
 * @param warmup         how long each kind and route is warmed up before anything is measured
 * @param phase          how long one measured phase lasts
 * @param rounds         measured phases per kind and route, gateway and direct alternating
 * @param routes         base URL per route ("gateway", "direct") and request kind
 * @param directoryPaths searches for services (path and query), used in turn
 * @param openingPaths   searches for training openings (path and query), used in turn
 * @param referralBody   a new referral's JSON, different each time
 * @param token          the current access token of the user the load runs as
 * @param recorder       where the answers of the measured phases go
 */
record LoadPlan(int users, Duration warmup, Duration phase, int rounds, Map<LoadKind, Map<String, String>> routes,
		List<String> directoryPaths, List<String> openingPaths, Supplier<String> referralBody, Supplier<String> token,
		LoadRecorder recorder) {

	static final String GATEWAY = "gateway";
	static final String DIRECT = "direct";

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

	/** Gateway first in odd rounds, direct first in even ones, so a slow spell weighs on both alike. */
	List<String> routeOrder(int round) {
		return round % 2 == 0 ? List.of(GATEWAY, DIRECT) : List.of(DIRECT, GATEWAY);
	}

	/** Roughly how long the whole run takes. */
	Duration expectedDuration() {
		int stretches = LoadKind.values().length * 2;
		return warmup.multipliedBy(stretches).plus(phase.multipliedBy((long) stretches * rounds));
	}
}
