package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.partnernetwork.launcher.Parts;
import org.partnernetwork.launcher.Platform;
import org.partnernetwork.launcher.PlatformUrls;

/**
 * The referral benchmark: creates referrals as sophea.aple would, through the gateway and
 * straight at referral-service, in alternating rounds so other work on the machine weighs
 * on both alike. Two kinds: a draft (referral-service and its database alone) and a
 * referral sent at once (which also asks organisation-service, through OpenFeign and the
 * circuit breaker, whether tdh-nl takes the child).
 */
final class ReferralBenchmark {

	static final String USAGE = """
			Usage: java -jar benchmarks/target/benchmarks-exec.jar referrals [options]

			Starts database, Keycloak, organisation-service, referral-service and gateway on free ports in
			benchmarks/target/platform, creates referrals through the gateway and directly, prints
			throughput and latency side by side and the processes' memory, and stops everything.

			  --warmup=N          warm-up creates per kind and route  (default 100)
			  --requests=N        measured creates per kind and route (default 600)
			  --concurrency=N     requests in flight                  (default 4)
			  --rounds=N          alternate gateway and direct in N runs each (default 3)
			  --max-seconds=N     cap on each measured run            (default 60)""";

	private static final String BODY = """
			{"receiverOrganisation": "tdh-nl", "serviceType": "psychosocial-counselling", "caseReference": "BENCH-%d",
			 "child": {"sex": "male", "ageYears": 12, "province": "KH-8", "languages": ["km"]},
			 "urgency": "HIGH", "riskLevel": "MEDIUM",
			 "summary": "Benchmark referral: counselling twice a month after testifying in court.",
			 "consent": {"givenBy": "CAREGIVER", "childAssented": true, "recordedAt": "%s"}, "send": %s}""";

	private final Path root;

	private final Options options;

	private final PrintStream out;

	ReferralBenchmark(Path root, Options options, PrintStream out) {
		this.root = root;
		this.options = options;
		this.out = out;
	}

	int run() throws IOException {
		out.printf(Locale.ROOT,
				"Referral benchmark: %d in flight; %d warm-up + %d measured creates per kind and route,"
						+ " in %d alternating rounds; Java %s, %d cores%n%n",
				options.concurrency(), options.warmup(), options.requests(), options.rounds(), Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		Machine.warnIfBusy(out);
		BenchmarkPlatform parts = new BenchmarkPlatform(root, out, BenchmarkPlatform.REFERRALS);
		parts.checkBuilt();
		try (FileChannel lock = parts.lock()) {
			Platform platform = parts.start();
			try (Api api = new Api()) {
				return measure(platform, api);
			}
			finally {
				platform.stop();
			}
		}
	}

	private int measure(Platform platform, Api api) {
		PlatformUrls urls = platform.urls();
		String token = api.passwordGrant(urls.tokenEndpoint(), DirectoryBenchmark.USER, DirectoryBenchmark.PASSWORD);
		URI gateway = URI.create(urls.gateway() + "/api/referrals");
		URI direct = URI.create(urls.of(Parts.REFERRAL_SERVICE) + "/api/referrals");
		List<Row> rows = new ArrayList<>();
		for (boolean send : new boolean[] { false, true }) {
			String kind = send ? "create and send" : "create draft";
			LoadRun load = new LoadRun(api, options.concurrency(), options.maxRunTime());
			load.run(creates(api, gateway, token, send), options.warmup());
			load.run(creates(api, direct, token, send), options.warmup());
			List<RunStats> viaGateway = new ArrayList<>();
			List<RunStats> straight = new ArrayList<>();
			int perRound = Math.max(1, options.requests() / options.rounds());
			for (int round = 0; round < options.rounds(); round++) {
				viaGateway.add(load.run(creates(api, gateway, token, send), perRound));
				straight.add(load.run(creates(api, direct, token, send), perRound));
			}
			rows.add(new Row(kind, RunStats.merge(viaGateway), RunStats.merge(straight)));
		}
		print(rows);
		Machine.printMemory(platform.processes(), out);
		out.printf("%nLoad average (1 min) at the end: %s on %d cores%n", Machine.loadAverage(),
				Runtime.getRuntime().availableProcessors());
		boolean clean = rows.stream().allMatch(row -> row.gateway().errors() == 0 && row.direct().errors() == 0);
		if (!clean) {
			out.println("\nFAILED: some creates failed; the first error of each route is shown above.");
		}
		return clean ? DirectoryBenchmark.OK : DirectoryBenchmark.FAILED;
	}

	/**
	 * POSTs a new referral each time, with its own case reference and Idempotency-Key, as
	 * a partner system would.
	 */
	private static LoadRun.Request creates(Api api, URI uri, String token, boolean send) {
		String recordedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		return i -> {
			try {
				Api.Response response = api.post(uri, token, body(recordedAt, send), "Idempotency-Key",
						UUID.randomUUID().toString());
				return response.status() == 201 ? null : "HTTP " + response.status() + ": " + response.excerpt();
			}
			catch (Api.RequestFailedException e) {
				return e.getMessage();
			}
		};
	}

	/**
	 * A new referral from APLE to tdh-nl with its own case reference; consent recorded at
	 * {@code recordedAt}.
	 */
	static String body(String recordedAt, boolean send) {
		return BODY.formatted(System.nanoTime(), recordedAt, send);
	}

	private record Row(String kind, RunStats gateway, RunStats direct) {
	}

	private void print(List<Row> rows) {
		out.printf("%n== Referral creates: %d in flight; latency of successful creates (201)%n%n",
				options.concurrency());
		String format = "%-16s %-8s %8s %8s %8s %8s %8s %7s%n";
		out.printf(format, "kind", "route", "creates", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
		for (Row row : rows) {
			line(format, row.kind(), "gateway", row.gateway());
			line(format, "", "direct", row.direct());
			out.printf(Locale.ROOT, "%-16s %-8s gateway/direct: p95 x%.2f, req/s x%.2f%n", "", "",
					row.gateway().percentileMillis(95) / row.direct().percentileMillis(95),
					row.gateway().throughputPerSecond() / row.direct().throughputPerSecond());
			for (RunStats stats : List.of(row.gateway(), row.direct())) {
				if (stats.firstError() != null) {
					out.println("  first error: " + stats.firstError());
				}
			}
		}
	}

	private void line(String format, String kind, String route, RunStats stats) {
		out.printf(Locale.ROOT, format, kind, route, stats.completed(),
				String.format(Locale.ROOT, "%.1f", stats.throughputPerSecond()), ms(stats.percentileMillis(50)),
				ms(stats.percentileMillis(95)), ms(stats.percentileMillis(99)), stats.errors());
	}

	private static String ms(double millis) {
		return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%.1f", millis);
	}

	/** How many creates, how many at once, in how many rounds, for how long at most. */
	record Options(int warmup, int requests, int concurrency, int rounds, Duration maxRunTime) {

		static Options parse(List<String> args) {
			int warmup = 100;
			int requests = 600;
			int concurrency = 4;
			int rounds = 3;
			int maxSeconds = 60;
			for (String arg : args) {
				String[] nameValue = arg.replaceFirst("^--", "").split("=", 2);
				if (nameValue.length != 2 || !nameValue[1].matches("\\d{1,6}")
						|| Integer.parseInt(nameValue[1]) < 1 && !nameValue[0].equals("warmup")) {
					throw new IllegalArgumentException("Not an option with a positive number: " + arg);
				}
				int value = Integer.parseInt(nameValue[1]);
				switch (nameValue[0]) {
					case "warmup" -> warmup = value;
					case "requests" -> requests = value;
					case "concurrency" -> concurrency = value;
					case "rounds" -> rounds = value;
					case "max-seconds" -> maxSeconds = value;
					default -> throw new IllegalArgumentException("Unknown option " + arg);
				}
			}
			return new Options(warmup, requests, concurrency, rounds, Duration.ofSeconds(maxSeconds));
		}
	}

}
