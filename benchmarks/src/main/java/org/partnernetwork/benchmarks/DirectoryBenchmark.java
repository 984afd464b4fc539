package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.partnernetwork.launcher.DatabaseLogin;
import org.partnernetwork.launcher.Directories;
import org.partnernetwork.launcher.Parts;
import org.partnernetwork.launcher.Platform;
import org.partnernetwork.launcher.PlatformUrls;

/**
 * The directory benchmark: starts the parts, loads the generated directory, runs each
 * scenario through the gateway and directly, prints the table, the query plans and the
 * memory, and stops everything.
 */
final class DirectoryBenchmark {

	static final String USER = "sophea.aple";
	static final String PASSWORD = "demo";

	static final int OK = 0;
	static final int FAILED = 1;
	static final int INCOMPLETE = 3;

	private final Path root;

	private final BenchmarkOptions options;

	private final PrintStream out;

	DirectoryBenchmark(Path root, BenchmarkOptions options, PrintStream out) {
		this.root = root;
		this.options = options;
		this.out = out;
	}

	int run() throws SQLException, IOException {
		out.printf(Locale.ROOT,
				"Directory benchmark: %,d organisations, %,d services (seed %d); %d requests in flight;"
						+ " %d warm-up + %d measured requests per route (at most %d s each), %s; Java %s, %d cores%n%n",
				options.organisations(), options.services(), options.seed(), options.concurrency(), options.warmup(),
				options.requests(), options.maxRunTime().toSeconds(),
				options.rounds() == 1 ? "gateway first, then direct"
						: "gateway and direct alternating in " + options.rounds() + " rounds",
				Runtime.version(), Runtime.getRuntime().availableProcessors());
		Machine.warnIfBusy(out);
		BenchmarkPlatform parts = new BenchmarkPlatform(root, out);
		parts.checkBuilt();
		try (FileChannel lock = parts.lock()) {
			return run(parts.start());
		}
	}

	private int run(Platform platform) throws SQLException, IOException {
		try (Connection db = connect(platform.database()); Api api = new Api()) {
			DirectoryLoader.LoadReport loaded = load(db);
			PlatformUrls urls = platform.urls();
			String tokenEndpoint = urls.tokenEndpoint();
			api.passwordGrant(tokenEndpoint, USER, PASSWORD);
			out.println("Token for " + USER + " from " + tokenEndpoint + ": ok");
			String directUrl = urls.of(Parts.ORGANISATION_SERVICE);
			buildIndex(platform, api, directUrl, api.passwordGrant(tokenEndpoint, USER, PASSWORD));
			List<Scenario> scenarios = Scenarios.all(options.seed())
				.stream()
				.filter(scenario -> options.scenarios().contains(scenario.key()))
				.toList();
			out.printf("%nEvery search's answer against the same filters in SQL:%n");
			List<String> differences = new ResultSetCheck(api, db, directUrl,
					api.passwordGrant(tokenEndpoint, USER, PASSWORD))
				.verify(scenarios, out);
			ScenarioRunner runner = new ScenarioRunner(api, new QueryPlans(db, loaded.rowsPerTable()), options,
					() -> api.passwordGrant(tokenEndpoint, USER, PASSWORD), out);
			List<ScenarioResult> results = new ArrayList<>();
			for (Scenario scenario : scenarios) {
				results.add(runner.run(scenario, urls.gateway(), directUrl));
			}
			int outcome = report(results, platform, urls.of(Parts.ORGANISATION_SERVICE));
			if (!differences.isEmpty()) {
				out.printf("%nFAILED: %d searches do not answer what the same filters find in SQL:%n",
						differences.size());
				differences.forEach(difference -> out.println("  " + difference));
				return FAILED;
			}
			return outcome;
		}
		finally {
			platform.stop();
		}
	}

	/**
	 * The rows were written around the running service: restarted without its search
	 * index (deleted, so that the build is measured whatever an earlier run left), it
	 * rebuilds it from the database before it answers; the figures are the service's own.
	 */
	private void buildIndex(Platform platform, Api api, String directUrl, String token) throws IOException {
		out.printf("%nRestarting organisation-service, which rebuilds its search index from the database...%n");
		platform.stopPart(Parts.ORGANISATION_SERVICE);
		Directories.deleteRecursively(platform.config().workDir().resolve("search-index"));
		platform.startPart(Parts.ORGANISATION_SERVICE);
		Api.Response status = api.get(java.net.URI.create(directUrl + "/api/search-index"), token);
		var built = status.ok() ? Api.json(status) : null;
		if (built == null || built.get("lastRebuild").isNull()) {
			throw new BenchmarkException(
					"organisation-service did not rebuild its search index on start: " + status.excerpt());
		}
		out.printf(Locale.ROOT, "Search index built from the database in %.1f s: %,d entries, %.1f MB on disk%n",
				built.get("lastRebuild").get("millis").asLong() / 1000.0,
				built.get("lastRebuild").get("entries").asLong(), built.get("bytes").asLong() / 1_000_000.0);
	}

	private DirectoryLoader.LoadReport load(Connection db) throws SQLException {
		requireTables(db);
		out.printf(Locale.ROOT, "%nLoading %,d organisations and %,d services into the organisation schema...%n",
				options.organisations(), options.services());
		DirectoryLoader.LoadReport report = new DirectoryLoader(db)
			.load(new DirectoryGenerator(options.organisations(), options.services(), options.seed()));
		double seconds = report.insertTime().toMillis() / 1000.0;
		out.printf(Locale.ROOT,
				"Loaded in %.1f s (%,.0f rows/s), ANALYZE TABLE %.1f s. Rows now (demo directory included):" + "%n",
				seconds, report.totalRows() / seconds, report.analyzeTime().toMillis() / 1000.0);
		report.rowsPerTable().forEach((table, rows) -> out.printf(Locale.ROOT, "  %-20s %,9d%n", table, rows));
		return report;
	}

	private int report(List<ScenarioResult> results, Platform platform, String directUrl) {
		out.printf("%n== Results: %d requests in flight; latency of successful requests; indexes: whether every"
				+ " statement is index-driven (plans below); gateway/direct: the gateway's p50 and req/s as multiples of"
				+ " the direct route's%n%n", options.concurrency());
		ResultTable.print(results, out);
		out.println();
		ResultTable.printLegend(results, directUrl, out);
		out.printf("%n== Query plans (EXPLAIN on MariaDB with the loaded data)%n");
		for (ScenarioResult result : results) {
			out.printf("%n  %s: %s -> %s%n", result.scenario().key(),
					result.plansCaptured() ? "the SQL the service ran for the first search (general log)"
							: "EXPECTED SQL, written by hand (the service's own could not be captured)",
					result.usesIndexes() ? "index-driven" : "NOT INDEX-DRIVEN");
			result.plans().forEach(plan -> PlanReport.print(plan, out));
		}
		printIndexSummary(results);
		Machine.printMemory(platform.processes(), out);
		out.printf("%nLoad average (1 min) at the end: %s on %d cores%n", Machine.loadAverage(),
				Runtime.getRuntime().availableProcessors());
		long notIndexDriven = results.stream().filter(r -> !r.usesIndexes()).count();
		if (notIndexDriven > 0) {
			out.printf("%n%d of %d scenarios are not index-driven; see Index use above.%n", notIndexDriven,
					results.size());
		}
		if (results.stream().anyMatch(r -> !r.clean())) {
			out.println("\nFAILED: some requests failed or an endpoint answered with a server error; see above.");
			return FAILED;
		}
		if (results.stream().anyMatch(r -> !r.measured())) {
			out.println("\nINCOMPLETE: some scenarios were not measured; their endpoint is not available yet.");
			return INCOMPLETE;
		}
		return OK;
	}

	private void printIndexSummary(List<ScenarioResult> results) {
		out.printf("%n== Index use: index-driven = no full scan of a big table and no index that reaches half of it;"
				+ " per statement: the indexes read, whether it sorts (filesort) or scans a table whole%n%n");
		for (ScenarioResult result : results) {
			List<String> scans = result.plans()
				.stream()
				.flatMap(plan -> plan.error() != null ? Stream.of("EXPLAIN failed: " + plan.error())
						: plan.scans().stream())
				.distinct()
				.toList();
			out.printf("  %-28s %s%s%n", result.scenario().key(),
					scans.isEmpty() ? "index-driven" : "NOT: " + String.join("; ", scans),
					result.plansCaptured() ? "" : " (expected SQL, not the service's)");
			result.plans().forEach(plan -> out.printf("      %s%n", PlanReport.summary(plan)));
		}
	}

	static Connection connect(DatabaseLogin login) throws SQLException {
		String url = login.url() + "/organisation?sslMode=DISABLED&rewriteBatchedStatements=true"
				+ "&useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
		return DriverManager.getConnection(url, login.user(), login.password());
	}

	private static void requireTables(Connection db) throws SQLException {
		Set<String> present = new HashSet<>();
		try (ResultSet tables = db.getMetaData().getTables("organisation", null, "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				present.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		List<String> missing = DirectoryLoader.TABLES.stream().filter(t -> !present.contains(t)).toList();
		if (!missing.isEmpty()) {
			throw new BenchmarkException("The organisation schema has no " + missing + " although organisation-service"
					+ " is ready; its Liquibase changelog should create them.");
		}
	}

}
