package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.partnernetwork.launcher.PartProcess;
import org.partnernetwork.launcher.Parts;
import org.partnernetwork.launcher.Platform;
import org.partnernetwork.launcher.PlatformUrls;

/**
 * The load test: starts the whole platform, loads the generated directory and a set of
 * training openings, lets Gatling run {@link PlatformLoadSimulation} (directory search,
 * opening search and referral create, each through the gateway and straight at its
 * service), and prints one table with throughput, p50 and p99 per route, the gateway's
 * cost as a ratio, and every process's memory after the run. Gatling's own HTML report
 * lands in {@code benchmarks/target/gatling}.
 */
final class LoadBenchmark {

	static final String USAGE = """
			Usage: java -jar benchmarks/target/benchmarks-exec.jar load [options]

			Starts the whole platform on free ports in benchmarks/target/platform, loads a generated
			directory and training openings, runs the Gatling load test (directory search, opening search,
			referral create + send; each through the gateway and directly, alternating), prints one table
			and the processes' memory, and stops everything.

			  --users=N           virtual users sending back to back   (default 4)
			  --warmup-seconds=N  warm-up per request kind and route   (default 10)
			  --seconds=N         one measured phase                   (default 15)
			  --rounds=N          measured phases per kind and route   (default 3)
			  --organisations=N   generated organisations              (default 10000)
			  --services=N        generated services                   (default 50000)
			  --openings=N        training openings posted             (default 300)
			  --compare-before    also run a second gateway with the setting before its cost was cut
			                      (every bearer token verified in full on every request)""";

	private static final List<String> TRADES = List.of("motorbike-mechanics", "hairdressing", "cooking", "tailoring",
			"electrical-wiring", "welding", "beauty", "hospitality");

	private static final String CENTRE_STAFF = "vanna.kvtc";

	private static final long SEED = 20261124L;

	private final Path root;

	private final Options options;

	private final PrintStream out;

	LoadBenchmark(Path root, Options options, PrintStream out) {
		this.root = root;
		this.options = options;
		this.out = out;
	}

	int run() throws IOException, SQLException {
		out.printf(Locale.ROOT,
				"Load test (Gatling): %d virtual users; %d s warm-up, then %d rounds of %d s per request"
						+ " kind and route; Java %s, %d cores%n%n",
				options.users(), options.warmup().toSeconds(), options.rounds(), options.phase().toSeconds(),
				Runtime.version(), Runtime.getRuntime().availableProcessors());
		Machine.warnIfBusy(out);
		BenchmarkPlatform parts = new BenchmarkPlatform(root, out, BenchmarkPlatform.EVERYTHING);
		parts.checkBuilt();
		try (FileChannel lock = parts.lock()) {
			Platform platform = parts.start();
			ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
			try (Api api = new Api()) {
				return loadAndMeasure(platform, api, refresher, parts.workDir());
			}
			finally {
				refresher.shutdownNow();
				platform.stop();
			}
		}
	}

	private int loadAndMeasure(Platform platform, Api api, ScheduledExecutorService refresher, Path workDir)
			throws SQLException {
		PlatformUrls urls = platform.urls();
		try (Connection db = DirectoryBenchmark.connect(platform.database())) {
			out.printf(Locale.ROOT, "%nLoading %,d organisations and %,d services...%n", options.organisations(),
					options.services());
			new DirectoryLoader(db).load(new DirectoryGenerator(options.organisations(), options.services(), SEED));
		}
		List<String> openingPaths = postOpenings(api, urls);
		if (!options.compareBefore()) {
			return measure(platform, api, refresher, openingPaths, null);
		}
		out.println("Starting a second gateway with the setting before: " + String.join(" ", BaselineGateway.BEFORE));
		try (BaselineGateway before = BaselineGateway.start(platform, workDir.resolve("checkout"),
				workDir.resolve("logs").resolve("gateway-before.log"))) {
			return measure(platform, api, refresher, openingPaths, before);
		}
	}

	private int measure(Platform platform, Api api, ScheduledExecutorService refresher, List<String> openingPaths,
			BaselineGateway before) {
		PlatformUrls urls = platform.urls();
		AtomicReference<String> token = new AtomicReference<>(userToken(api, urls));
		// tokens live 5 minutes; the run is longer
		refresher.scheduleWithFixedDelay(() -> token.set(userToken(api, urls)), 1, 1, TimeUnit.MINUTES);
		String recordedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		LoadRecorder recorder = new LoadRecorder();
		List<String> routes = before == null ? List.of(LoadPlan.GATEWAY, LoadPlan.DIRECT)
				: List.of(LoadPlan.GATEWAY_BEFORE, LoadPlan.GATEWAY, LoadPlan.DIRECT);
		LoadPlan plan = new LoadPlan(options.users(), options.warmup(), options.phase(), options.rounds(), routes,
				baseUrls(urls, before), directoryPaths(), openingPaths, () -> ReferralBenchmark.body(recordedAt, true),
				token::get, recorder);
		out.printf(Locale.ROOT, "%nGatling runs the load now, for about %d s; its report goes to %s%n",
				plan.expectedDuration().toSeconds(), root.relativize(GatlingRun.resultsFolder(root)));
		Map<String, Long> gatewayPids = gatewayPids(platform, before);
		Map<String, Long> cpuBefore = cpuMillis(gatewayPids);
		int exit = GatlingRun.run(plan, root);
		Map<String, Long> cpuAfter = cpuMillis(gatewayPids);
		Map<LoadRecorder.Key, RunStats> results = recorder.results();
		LoadTable.print(results, routes, options.users(), out);
		out.printf("%n== CPU time each gateway used for the requests it relayed (warm-up included; user + system)%n%n");
		gatewayPids.keySet().forEach(route -> {
			int requests = recorder.sentOn(route);
			long used = cpuAfter.get(route) - cpuBefore.get(route);
			out.printf(Locale.ROOT, "  %-16s %,8d requests  %7.1f s CPU  %5.2f ms CPU per request%n", route, requests,
					used / 1000.0, requests == 0 ? Double.NaN : (double) used / requests);
		});
		List<PartProcess> processes = new ArrayList<>(platform.processes());
		if (before != null) {
			processes.add(new PartProcess(LoadPlan.GATEWAY_BEFORE, before.pid(), Machine.residentKb(before.pid())));
		}
		Machine.printMemory(processes, out);
		out.printf("%nLoad average (1 min) at the end: %s on %d cores%n", Machine.loadAverage(),
				Runtime.getRuntime().availableProcessors());
		boolean clean = exit == 0 && !results.isEmpty() && results.values().stream().allMatch(r -> r.errors() == 0);
		if (!clean) {
			out.println("\nFAILED: Gatling exited with " + exit + " or some requests failed (first errors above).");
		}
		return clean ? DirectoryBenchmark.OK : DirectoryBenchmark.FAILED;
	}

	private static String userToken(Api api, PlatformUrls urls) {
		return api.passwordGrant(urls.tokenEndpoint(), DirectoryBenchmark.USER, DirectoryBenchmark.PASSWORD);
	}

	/** The gateway process of each gateway route. */
	private static Map<String, Long> gatewayPids(Platform platform, BaselineGateway before) {
		Map<String, Long> pids = new LinkedHashMap<>();
		if (before != null) {
			pids.put(LoadPlan.GATEWAY_BEFORE, before.pid());
		}
		platform.processes()
			.stream()
			.filter(process -> process.part().equals(Parts.GATEWAY))
			.forEach(process -> pids.put(LoadPlan.GATEWAY, process.pid()));
		return pids;
	}

	private static Map<String, Long> cpuMillis(Map<String, Long> pids) {
		Map<String, Long> cpu = new LinkedHashMap<>();
		pids.forEach((route, pid) -> cpu.put(route, Machine.cpuMillis(pid)));
		return cpu;
	}

	/**
	 * Per request kind: the gateway, the service it routes to, and the second gateway if
	 * there is one.
	 */
	private static Map<LoadKind, Map<String, String>> baseUrls(PlatformUrls urls, BaselineGateway before) {
		Map<LoadKind, String> services = Map.of(LoadKind.DIRECTORY_SEARCH, urls.of(Parts.ORGANISATION_SERVICE),
				LoadKind.OPENING_SEARCH, urls.of(Parts.VOCATIONAL_SERVICE), LoadKind.REFERRAL_CREATE,
				urls.of(Parts.REFERRAL_SERVICE));
		Map<LoadKind, Map<String, String>> baseUrls = new LinkedHashMap<>();
		services.forEach((kind, service) -> {
			Map<String, String> routes = new LinkedHashMap<>(
					Map.of(LoadPlan.GATEWAY, urls.gateway(), LoadPlan.DIRECT, service));
			if (before != null) {
				routes.put(LoadPlan.GATEWAY_BEFORE, before.url());
			}
			baseUrls.put(kind, routes);
		});
		return baseUrls;
	}

	/** The directory benchmark's type + province + age searches, with the same seed. */
	private static List<String> directoryPaths() {
		Scenario search = Scenarios.all(SEED)
			.stream()
			.filter(scenario -> scenario.key().equals(Scenarios.SERVICES_TYPE_PROVINCE_AGE))
			.findFirst()
			.orElseThrow();
		return search.uris("").stream().map(URI::toString).toList();
	}

	/**
	 * Posts the openings as the demo centre's staff (not measured) and answers searches
	 * that find some of them.
	 */
	private List<String> postOpenings(Api api, PlatformUrls urls) {
		String staff = api.passwordGrant(urls.tokenEndpoint(), CENTRE_STAFF, DirectoryBenchmark.PASSWORD);
		URI openings = URI.create(urls.of(Parts.VOCATIONAL_SERVICE) + "/api/openings");
		SplittableRandom random = new SplittableRandom(SEED);
		LocalDate today = LocalDate.now();
		out.printf(Locale.ROOT, "Posting %d training openings as %s...%n", options.openings(), CENTRE_STAFF);
		for (int i = 0; i < options.openings(); i++) {
			String body = """
					{"trade": "%s", "title": {"en": "Training %d", "km": "វគ្គបណ្តុះបណ្តាល %d"},
					 "province": "KH-%d", "minAge": %d, "maxAge": 24, "sex": "any", "seats": %d,
					 "startDate": "%s", "durationWeeks": 24, "applicationDeadline": "%s",
					 "stipend": true, "stipendMonthlyUsd": 40, "boarding": false, "literacyRequired": false,
					 "certificate": "MoLVT C1"}""".formatted(TRADES.get(random.nextInt(TRADES.size())), i, i,
					1 + random.nextInt(25), 15 + random.nextInt(3), 5 + random.nextInt(20),
					today.plusDays(30 + random.nextInt(60)), today.plusDays(20));
			Api.Response posted = api.post(openings, staff, body);
			if (posted.status() != 201) {
				throw new BenchmarkException(
						"Posting an opening failed (HTTP " + posted.status() + "): " + posted.excerpt());
			}
		}
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			paths.add("/api/openings?trade=" + TRADES.get(random.nextInt(TRADES.size())) + "&age="
					+ (16 + random.nextInt(8)) + (i % 2 == 0 ? "&province=KH-" + (1 + random.nextInt(25)) : ""));
		}
		return paths;
	}

	/** How many users, for how long, over how much data. */
	record Options(int users, Duration warmup, Duration phase, int rounds, int organisations, int services,
			int openings, boolean compareBefore) {

		static Options parse(List<String> args) {
			Map<String, Integer> values = new LinkedHashMap<>(Map.of("users", 4, "warmup-seconds", 10, "seconds", 15,
					"rounds", 3, "organisations", 10_000, "services", 50_000, "openings", 300));
			boolean compareBefore = false;
			for (String arg : args) {
				if (arg.equals("--compare-before")) {
					compareBefore = true;
					continue;
				}
				String[] nameValue = arg.replaceFirst("^--", "").split("=", 2);
				if (!arg.startsWith("--") || nameValue.length != 2 || !values.containsKey(nameValue[0])) {
					throw new IllegalArgumentException("Unknown option " + arg);
				}
				if (!nameValue[1].matches("\\d{1,6}") || Integer.parseInt(nameValue[1]) < 1) {
					throw new IllegalArgumentException("'" + arg + "' needs a whole number of at least 1");
				}
				values.put(nameValue[0], Integer.parseInt(nameValue[1]));
			}
			if (values.get("users") > 64) {
				throw new IllegalArgumentException("--users must be at most 64");
			}
			return new Options(values.get("users"), Duration.ofSeconds(values.get("warmup-seconds")),
					Duration.ofSeconds(values.get("seconds")), values.get("rounds"), values.get("organisations"),
					values.get("services"), values.get("openings"), compareBefore);
		}
	}

}
