package org.partnernetwork.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak in development mode (dev-file store under its {@code data/h2}), importing the realm file.
 * The realm file's hash is recorded once Keycloak is ready, so a failed import is retried next time.
 */
final class Keycloak implements Part {

	/** kc.sh's variable for the heap (its default is -Xms64m -Xmx512m). */
	static final String HEAP = "-Xms64m -Xmx384m";
	/** C1 only: measured 20-35 % faster to ready and ~40 MB smaller, with password grants just as fast. */
	static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1";
	/** The first start after unpacking also builds Keycloak's optimized server (~30 s, more on a busy machine). */
	private static final Duration FIRST_BUILD_ALLOWANCE = Duration.ofSeconds(120);

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
		firstBuild = !KeycloakDistribution.isUnpacked(tarball, config.workDir());
		Path home = KeycloakDistribution.unpack(tarball, config.workDir(), progress);
		try {
			prepareImport(home);
		} catch (IOException e) {
			throw new PlatformStartException(name(), "could not prepare the realm import: " + e.getMessage());
		}
		process = new ChildProcess(name(), command(), environment(), home, config.logFile(name()), readiness(),
				timeout());
		process.start();
	}

	private void prepareImport(Path home) throws IOException {
		Path importDir = home.resolve("data").resolve("import");
		Directories.deleteRecursively(importDir);
		Files.createDirectories(importDir);
		Files.copy(config.realmFile(), importDir.resolve(config.realmFile().getFileName()),
				StandardCopyOption.REPLACE_EXISTING);
		Path store = home.resolve("data").resolve("h2");
		Path hashFile = home.resolve("data").resolve("imported-realm.sha256");
		String hash = RealmImport.fingerprint(config.realmFile(), realmPlaceholders());
		switch (RealmImport.decide(Files.isDirectory(store), RealmImport.readHash(hashFile), hash)) {
			case RESET -> {
				progress.print("The realm file or the gateway's URL changed since the last start: Keycloak's store is reset so the "
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

	private List<String> command() {
		Ports ports = config.ports();
		return List.of("bash", "bin/kc.sh", "start-dev", "--import-realm",
				"--http-port=" + ports.keycloak(),
				"--http-management-port=" + ports.keycloakManagement(),
				// one issuer, whichever name a client uses to reach Keycloak
				"--hostname=" + PlatformUrls.local(ports.keycloak()),
				"--health-enabled=true");
	}

	/** The values Keycloak substitutes into the realm file at import. */
	private Map<String, String> realmPlaceholders() {
		Map<String, String> placeholders = new HashMap<>(config.secrets().asEnvironment());
		placeholders.put("GATEWAY_URL", PlatformUrls.local(config.ports().gateway()));
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
		} catch (IOException e) {
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
