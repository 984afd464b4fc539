package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.partnernetwork.launcher.Directories;
import org.partnernetwork.launcher.Parts;
import org.partnernetwork.launcher.Platform;
import org.partnernetwork.launcher.PlatformConfig;
import org.partnernetwork.launcher.Timeouts;
import org.partnernetwork.launcher.ProgressPrinter;

/**
 * The parts the directory needs (database, Keycloak, organisation-service, gateway),
 * started by the launcher on free ports in {@code benchmarks/target/platform}. The
 * database starts empty every time, so each run loads the same rows into the schema the
 * service's current changelog makes. Keycloak is kept between runs; the first run copies
 * an unpacked one from {@code .local/} or the end-to-end tests.
 * <p>
 * The services run from copies of their jars in a stand-in checkout
 * ({@code platform/checkout}): a build elsewhere that rewrites a jar under a running
 * service makes it fail with {@code NoClassDefFoundError}.
 */
final class BenchmarkPlatform {

	/**
	 * The directory benchmark's parts: database, Keycloak, organisation-service, gateway.
	 */
	static final List<String> DIRECTORY = List.of(Parts.ORGANISATION_SERVICE, Parts.GATEWAY);

	/**
	 * The referral benchmark's: the directory's and referral-service, which asks
	 * organisation-service.
	 */
	static final List<String> REFERRALS = List.of(Parts.ORGANISATION_SERVICE, Parts.REFERRAL_SERVICE, Parts.GATEWAY);

	/** The load test's: every service and the gateway. */
	static final List<String> EVERYTHING = List.of(Parts.ORGANISATION_SERVICE, Parts.REFERRAL_SERVICE,
			Parts.VOCATIONAL_SERVICE, Parts.GATEWAY);

	/**
	 * The notification benchmark's: notification-service alone (its e-mails go to the
	 * SMTP server, which runs with it).
	 */
	static final List<String> NOTIFICATIONS = List.of(Parts.NOTIFICATION_SERVICE);

	private final Path root;

	private final Path workDir;

	private final PrintStream out;

	private final List<String> jarModules;

	BenchmarkPlatform(Path root, PrintStream out) {
		this(root, out, DIRECTORY);
	}

	/**
	 * {@code jarModules}: the services and gateway to run, beside the database and
	 * Keycloak.
	 */
	BenchmarkPlatform(Path root, PrintStream out, List<String> jarModules) {
		this.root = root;
		this.workDir = root.resolve("benchmarks").resolve("target").resolve("platform");
		this.out = out;
		this.jarModules = List.copyOf(jarModules);
	}

	Path workDir() {
		return workDir;
	}

	/**
	 * One benchmark at a time in this work dir: a second would delete the first's
	 * database under it. The lock goes when the returned channel is closed or this JVM
	 * ends.
	 */
	FileChannel lock() throws IOException {
		Files.createDirectories(workDir);
		FileChannel channel = FileChannel.open(workDir.resolve("benchmark.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		if (channel.tryLock() == null) {
			channel.close();
			throw new BenchmarkException(
					"Another directory benchmark is running in " + workDir + "; wait until it has finished.");
		}
		return channel;
	}

	/**
	 * Says what is missing before anything starts, and warns about jars older than their
	 * sources.
	 */
	void checkBuilt() {
		for (String module : jarModules) {
			Path jar = jar(module);
			if (!Files.isRegularFile(jar)) {
				throw new BenchmarkException(jar + " is missing. Build it first: ./mvnw -q -B -DskipTests -pl "
						+ String.join(",", jarModules) + ",benchmarks -am package");
			}
			FileTime built = modified(jar);
			newestSource(root.resolve(module)).filter(newest -> newest.compareTo(built) > 0)
				.ifPresent(newest -> out.println("Warning: " + root.relativize(jar) + " is older than " + module
						+ "'s sources; the benchmark measures the jar as built."));
		}
	}

	/**
	 * How long a service may take to become ready: organisation-service rebuilds its
	 * search index of the 60,000 loaded entries before it answers.
	 */
	static final java.time.Duration SERVICE_READY = java.time.Duration.ofMinutes(10);

	Platform start() {
		if (System.getenv("DB_URL") != null) {
			out.println("Note: DB_URL is ignored; the benchmark always uses its own embedded MariaDB.");
		}
		Path checkout = workDir.resolve("checkout");
		try {
			KeycloakReuse.seed(root, workDir, out);
			Directories.deleteRecursively(workDir.resolve("mariadb").resolve("data"));
			copyJarsAndLinkKeycloak(checkout);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		PlatformConfig config = PlatformConfig.defaults(checkout)
			.withRealmFile(root.resolve("keycloak").resolve("partner-network-realm.json"))
			.withRandomPorts()
			.withWorkDir(workDir)
			.withExternalDatabase(null)
			.withParts(Stream.concat(infrastructure(), jarModules.stream()).toList())
			// a service restarted on the loaded data first rebuilds its search index
			// (organisation-service)
			.withTimeouts(new Timeouts(Timeouts.defaults().database(), Timeouts.defaults().keycloak(), SERVICE_READY));
		return Platform.start(config, ProgressPrinter.console());
	}

	/** Database and Keycloak; and the SMTP server when notification-service runs. */
	private Stream<String> infrastructure() {
		return jarModules.contains(Parts.NOTIFICATION_SERVICE) ? Stream.of(Parts.DATABASE, Parts.MAIL, Parts.KEYCLOAK)
				: Stream.of(Parts.DATABASE, Parts.KEYCLOAK);
	}

	/**
	 * {@code <checkout>/<module>/target/<module>.jar} copied; Keycloak's tarball folder
	 * linked, it is only read.
	 */
	private void copyJarsAndLinkKeycloak(Path checkout) throws IOException {
		for (String module : jarModules) {
			Path copy = checkout.resolve(module).resolve("target").resolve(module + ".jar");
			Files.createDirectories(copy.getParent());
			Files.copy(jar(module), copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
		}
		Path keycloak = checkout.resolve("launcher").resolve("target").resolve("keycloak");
		Files.createDirectories(keycloak.getParent());
		Files.deleteIfExists(keycloak);
		Files.createSymbolicLink(keycloak, root.resolve("launcher").resolve("target").resolve("keycloak"));
	}

	private Path jar(String module) {
		return root.resolve(module).resolve("target").resolve(module + ".jar");
	}

	private static Optional<FileTime> newestSource(Path module) {
		try (Stream<Path> files = Stream.concat(Stream.of(module.resolve("pom.xml")),
				Files.isDirectory(module.resolve("src")) ? Files.walk(module.resolve("src")) : Stream.empty())) {
			return files.filter(Files::isRegularFile).map(BenchmarkPlatform::modified).max(Comparator.naturalOrder());
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
