package org.partnernetwork.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak as in production, as far as a machine with only a JDK allows: an optimized
 * server (built once with {@code kc.sh build}, again only when the build options or
 * {@code keycloak/conf/quarkus.properties} change), started with
 * {@code start --optimized} over plain HTTP on localhost with a fixed hostname, themes
 * and templates cached, theme resources sent with long cache headers, answers
 * gzip-compressed. Its store is still the dev-file database under {@code data/h2} (no
 * database server to install). It imports the realm file and serves the platform's own
 * login theme, copied from {@code keycloak/themes/} at each start. The realm file's hash
 * is recorded once Keycloak is ready, so a failed import is retried next time.
 */
final class Keycloak implements Part {

	/** kc.sh's variable for the heap (its default is -Xms64m -Xmx512m). */
	static final String HEAP = "-Xms64m -Xmx384m";

	/**
	 * C1 only: measured 20-35 % faster to ready and ~40 MB smaller, with password grants
	 * just as fast.
	 */
	static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1";

	/**
	 * A start that first builds Keycloak's optimized server (~30 s, more on a busy
	 * machine).
	 */
	private static final Duration FIRST_BUILD_ALLOWANCE = Duration.ofSeconds(120);

	/**
	 * Options fixed into the optimized server by {@code kc.sh build}: the dev-file store
	 * (stated, as production mode asks), the health endpoints on the management port, and
	 * no gzip of theme files by Keycloak itself: Quarkus compresses the text answers
	 * (keycloak/conf/quarkus.properties), and under it Keycloak's own gzip lost its
	 * Content-Encoding header for fonts and images, which browsers then could not read.
	 */
	static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true",
			"--spi-resource-encoding--gzip--enabled=false");

	/** Where the options of the last successful build are kept, in Keycloak's home. */
	private static final String BUILD_STAMP = ".partner-network-build";

	/** The platform's login theme, in the checkout and in Keycloak's {@code themes/}. */
	static final String THEME = "partner-network";

	private final PlatformConfig config;

	private final ProgressPrinter progress;

	private ChildProcess process;

	private boolean firstBuild;

	private Path pendingHashFile;

	private String pendingHash;

	Keycloak(PlatformConfig config, ProgressPrinter progress) {
		this.config = config;
		this.progress = progress;
	}

	@Override
	public String name() {
		return Parts.KEYCLOAK;
	}

	@Override
	public Duration timeout() {
		return firstBuild ? config.timeouts().keycloak().plus(FIRST_BUILD_ALLOWANCE) : config.timeouts().keycloak();
	}

	@Override
	public synchronized void start() {
		if (process != null && !process.processes().isEmpty()) {
			return;
		}
		if (!Files.isRegularFile(config.realmFile())) {
			throw new PlatformStartException(name(), "the realm file " + config.realmFile() + " is missing");
		}
		Path tarball = KeycloakDistribution.tarball(config.projectRoot());
		Path home = KeycloakDistribution.unpack(tarball, config.workDir(), progress);
		try {
			installQuarkusProperties(home);
			firstBuild = needsBuild(home);
			prepareImport(home);
			installTheme(home);
		}
		catch (IOException e) {
			throw new PlatformStartException(name(),
					"could not prepare the realm import or the theme: " + e.getMessage());
		}
		if (firstBuild) {
			progress.print("Building Keycloak's optimized server (" + String.join(" ", BUILD_OPTIONS)
					+ " and keycloak/conf/quarkus.properties; once, until those change)");
		}
		process = new ChildProcess(name(), command(firstBuild), environment(), home, config.logFile(name()),
				readiness(), timeout());
		process.start();
	}

	private boolean needsBuild(Path home) {
		return !RealmImport.readHash(home.resolve(BUILD_STAMP)).equals(Optional.of(buildStamp()));
	}

	/**
	 * The build options and the Quarkus settings {@code kc.sh build} fixes (as a hash: it
	 * goes into a shell line).
	 */
	private String buildStamp() {
		Path properties = quarkusProperties();
		String settings = Files.isRegularFile(properties) ? RealmImport.sha256(properties) : "none";
		return String.join(" ", BUILD_OPTIONS) + " quarkus.properties:" + settings;
	}

	private Path quarkusProperties() {
		return config.projectRoot().resolve("keycloak").resolve("conf").resolve("quarkus.properties");
	}

	/**
	 * {@code keycloak/conf/quarkus.properties} (HTTP compression) into Keycloak's
	 * {@code conf/}, for its build.
	 */
	private void installQuarkusProperties(Path home) throws IOException {
		Path target = home.resolve("conf").resolve("quarkus.properties");
		if (Files.isRegularFile(quarkusProperties())) {
			Files.copy(quarkusProperties(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		else {
			Files.deleteIfExists(target);
		}
	}

	/**
	 * Copies the platform's login theme into Keycloak's {@code themes/} afresh, and drops
	 * the compressed copies of theme resources Keycloak keeps from the last run, so a
	 * changed theme is served as it now is.
	 */
	private void installTheme(Path home) throws IOException {
		Path source = config.projectRoot().resolve("keycloak").resolve("themes").resolve(THEME);
		Path target = home.resolve("themes").resolve(THEME);
		Directories.deleteRecursively(target);
		Directories.deleteRecursively(home.resolve("data").resolve("tmp").resolve("kc-gzip-cache"));
		if (!Files.isDirectory(source)) {
			progress.print("No login theme at " + source + ": Keycloak shows its own sign-in pages.");
			return;
		}
		Directories.copyRecursively(source, target);
	}

	private void prepareImport(Path home) throws IOException {
		Path importDir = home.resolve("data").resolve("import");
		Directories.deleteRecursively(importDir);
		Files.createDirectories(importDir);
		List<Path> realmFiles = RealmImport.withCompanions(config.realmFile());
		for (Path realmFile : realmFiles) {
			Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
		Path store = home.resolve("data").resolve("h2");
		Path hashFile = home.resolve("data").resolve("imported-realm.sha256");
		String hash = RealmImport.fingerprint(realmFiles, realmPlaceholders());
		switch (RealmImport.decide(Files.isDirectory(store), RealmImport.readHash(hashFile), hash)) {
			case RESET -> {
				progress.print(
						"The realm file or the gateway's URL changed since the last start: Keycloak's store is reset so the "
								+ "realm is imported again (users and sessions made since then are gone).");
				Directories.deleteRecursively(store);
				Files.deleteIfExists(hashFile);
			}
			case FIRST_IMPORT -> Files.deleteIfExists(hashFile);
			case KEEP -> {
				// the store already holds this realm
			}
		}
		pendingHashFile = hashFile;
		pendingHash = hash;
	}

	/**
	 * {@code kc.sh start --optimized}, after {@code kc.sh build} when the build options
	 * changed.
	 */
	private List<String> command(boolean build) {
		String stamp = buildStamp();
		Ports ports = config.ports();
		List<String> start = List.of("bin/kc.sh", "start", "--optimized", "--import-realm", "--http-enabled=true",
				// this machine only, as the services (the gateway is the way in for other
				// devices)
				"--http-host=" + PartFactory.LOOPBACK, "--http-port=" + ports.keycloak(),
				"--http-management-port=" + ports.keycloakManagement(),
				// one issuer, whichever name a client uses to reach Keycloak
				"--hostname=" + PlatformUrls.local(ports.keycloak()),
				// one node's caches: production mode's default, a cluster found through
				// the database with
				// mTLS, took 5 s of every start for a cluster of one
				"--cache=local");
		if (!build) {
			List<String> command = new ArrayList<>(List.of("bash"));
			command.addAll(start);
			return command;
		}
		String script = "bin/kc.sh build " + String.join(" ", BUILD_OPTIONS) + " && printf '%s' '" + stamp + "' > "
				+ BUILD_STAMP + " && exec " + String.join(" ", start);
		return List.of("bash", "-c", script);
	}

	/** The values Keycloak substitutes into the realm file at import. */
	private Map<String, String> realmPlaceholders() {
		Map<String, String> placeholders = new HashMap<>(config.secrets().asEnvironment());
		placeholders.put("GATEWAY_URL", PlatformUrls.local(config.ports().gateway()));
		placeholders.put("KEYCLOAK_URL", PlatformUrls.local(config.ports().keycloak()));
		placeholders.put("SMTP_HOST", PartFactory.LOOPBACK);
		placeholders.put("SMTP_PORT", Integer.toString(config.ports().mail()));
		return placeholders;
	}

	private Map<String, String> environment() {
		Map<String, String> env = new HashMap<>(realmPlaceholders());
		env.put("JAVA_HOME", System.getProperty("java.home"));
		env.put("JAVA_OPTS_KC_HEAP", HEAP);
		env.put("JAVA_OPTS_APPEND", JVM_OPTIONS);
		env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
		env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
		return env;
	}

	private URI readiness() {
		return URI.create(config.urls().realm() + "/.well-known/openid-configuration");
	}

	@Override
	public synchronized boolean isReady() {
		boolean ready = process != null && process.isReady();
		if (ready && pendingHash != null) {
			recordImportedHash();
		}
		return ready;
	}

	private void recordImportedHash() {
		try {
			Files.writeString(pendingHashFile, pendingHash);
		}
		catch (IOException e) {
			progress.print("Could not record the realm file's hash in " + pendingHashFile + ": " + e.getMessage());
		}
		pendingHash = null;
	}

	@Override
	public synchronized Optional<String> failure() {
		return process == null ? Optional.empty() : process.failure();
	}

	@Override
	public void stop() {
		ChildProcess running;
		synchronized (this) {
			running = process;
		}
		if (running != null) {
			running.stop();
		}
	}

	@Override
	public void kill() {
		ChildProcess running;
		synchronized (this) {
			running = process;
		}
		if (running != null) {
			running.kill();
		}
	}

	@Override
	public synchronized List<ProcessHandle> processes() {
		return process == null ? List.of() : process.processes();
	}

	@Override
	public Path log() {
		return config.logFile(name());
	}

}
