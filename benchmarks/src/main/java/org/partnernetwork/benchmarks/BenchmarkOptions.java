package org.partnernetwork.benchmarks;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How big and how long the directory benchmark is. Every loop it runs is bounded twice:
 * by a request count and by {@link #maxRunTime()}.
 *
 * @param organisations generated organisations (the demo directory's five come on top)
 * @param services generated services, spread over the organisations
 * @param seed the generator's seed: the same seed loads the same rows
 * @param warmup requests per scenario and route before measuring
 * @param requests measured requests per scenario and route
 * @param concurrency requests in flight at once (one virtual thread each)
 * @param rounds 1: all measured requests through the gateway, then all directly; more:
 * the measured requests split into this many alternating gateway/direct runs, so that
 * other work on the machine weighs on both routes alike
 * @param maxRunTime a warm-up or a measured run stops after this even if requests remain
 * (split over the rounds)
 * @param scenarios which scenarios to run, by key, in the order of {@link Scenarios#all}
 */
record BenchmarkOptions(int organisations, int services, long seed, int warmup, int requests, int concurrency,
		int rounds, Duration maxRunTime, Set<String> scenarios) {

	private static final Set<String> NAMES = Set.of("organisations", "services", "seed", "warmup", "requests",
			"concurrency", "rounds", "max-seconds", "scenarios");

	static final String USAGE = """
			Usage: java -jar benchmarks/target/benchmarks-exec.jar directory [options]

			Starts database, Keycloak, organisation-service and gateway on free ports in
			benchmarks/target/platform, loads a generated directory, measures typical searches through the
			gateway and directly, prints the query plans and the processes' memory, and stops everything.

			  --organisations=N   generated organisations             (default 10000)
			  --services=N        generated services                  (default 50000)
			  --seed=N            generator seed                      (default 20261124)
			  --warmup=N          warm-up requests per route          (default 200)
			  --requests=N        measured requests per route         (default 1000)
			  --concurrency=N     requests in flight                  (default 4)
			  --rounds=N          alternate gateway and direct in N runs each (default 1: gateway, then direct)
			  --max-seconds=N     cap on each warm-up or measured run (default 60)
			  --scenarios=a,b     only these scenarios                (default all: %s)

			Exit code: 0 all scenarios measured without errors; 1 failure; 2 bad usage;
			3 measured, but some scenarios are not available yet (their endpoint is missing or ignores its filters)."""
		.formatted(String.join(", ", Scenarios.KEYS));

	BenchmarkOptions {
		requirePositive("organisations", organisations);
		requirePositive("services", services);
		requirePositive("requests", requests);
		requirePositive("concurrency", concurrency);
		if (warmup < 0) {
			throw new IllegalArgumentException("--warmup must be 0 or more");
		}
		if (rounds < 1 || rounds > requests) {
			throw new IllegalArgumentException("--rounds must be between 1 and --requests");
		}
		if (concurrency > 64) {
			throw new IllegalArgumentException("--concurrency must be at most 64");
		}
		if (maxRunTime.isNegative() || maxRunTime.isZero() || maxRunTime.compareTo(Duration.ofMinutes(4)) > 0) {
			// tokens live 5 minutes; each run gets a fresh one
			throw new IllegalArgumentException("--max-seconds must be between 1 and 240");
		}
		for (String scenario : scenarios) {
			if (!Scenarios.KEYS.contains(scenario)) {
				throw new IllegalArgumentException(
						"Unknown scenario '" + scenario + "'; the scenarios are " + String.join(", ", Scenarios.KEYS));
			}
		}
		scenarios = Set.copyOf(scenarios);
	}

	static BenchmarkOptions defaults() {
		return new BenchmarkOptions(10_000, 50_000, 20261124L, 200, 1000, 4, 1, Duration.ofSeconds(60),
				Set.copyOf(Scenarios.KEYS));
	}

	/**
	 * Parses {@code --name=value} options; throws {@link IllegalArgumentException} with a
	 * readable message.
	 */
	static BenchmarkOptions parse(List<String> args) {
		Map<String, String> given = new HashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0) {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'");
			}
			String name = arg.substring(2, eq);
			if (!NAMES.contains(name)) {
				throw new IllegalArgumentException("Unknown option '--" + name + "'");
			}
			given.put(name, arg.substring(eq + 1));
		}
		BenchmarkOptions d = defaults();
		String scenarios = given.get("scenarios");
		return new BenchmarkOptions(number(given, "organisations", d.organisations),
				number(given, "services", d.services), number(given, "seed", (int) d.seed),
				number(given, "warmup", d.warmup), number(given, "requests", d.requests),
				number(given, "concurrency", d.concurrency), number(given, "rounds", d.rounds),
				Duration.ofSeconds(number(given, "max-seconds", (int) d.maxRunTime.toSeconds())),
				scenarios == null ? d.scenarios : new LinkedHashSet<>(List.of(scenarios.split(","))));
	}

	private static int number(Map<String, String> given, String name, int otherwise) {
		String value = given.get(name);
		if (value == null) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.replace("_", ""));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("'--" + name + "=" + value + "' needs a whole number");
		}
	}

	private static void requirePositive(String name, int value) {
		if (value < 1) {
			throw new IllegalArgumentException("--" + name + " must be at least 1");
		}
	}
}
