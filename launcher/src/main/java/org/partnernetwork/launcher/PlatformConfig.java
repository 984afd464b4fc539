package org.partnernetwork.launcher;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@link Platform#start} needs to know.
 *
 * @param projectRoot the checkout: module jars, Keycloak's tarball and the realm file are
 * found from here
 * @param workDir data, logs and unpacked servers (kept between runs)
 * @param ports where each part listens
 * @param externalDatabase a database server to use instead of the embedded one, or
 * {@code null}
 * @param parts which parts to start (see {@link Parts}); the rest are assumed absent
 * @param commands replacement command lines for service parts (tests use fakes)
 * @param realmFile the realm Keycloak imports
 * @param secrets client secrets shared by Keycloak and the services
 * @param timeouts how long each part may take to become ready
 * @param environment extra environment for service parts, by part, over what the launcher
 * gives them (tests point notification-service at a Telegram stand-in)
 */
public record PlatformConfig(Path projectRoot, Path workDir, Ports ports, DatabaseLogin externalDatabase,
		Set<String> parts, Map<String, List<String>> commands, Path realmFile, ClientSecrets secrets, Timeouts timeouts,
		Map<String, Map<String, String>> environment) {

	public PlatformConfig {
		projectRoot = projectRoot.toAbsolutePath().normalize();
		workDir = workDir.toAbsolutePath().normalize();
		parts = Set.copyOf(parts);
		parts.forEach(Parts::requireKnown);
		commands = Map.copyOf(commands);
		environment = Map.copyOf(environment);
	}

	/**
	 * Default ports (gateway 8080, services 8081-8084, Keycloak 8180, database 3307),
	 * work dir {@code <projectRoot>/.local}, all parts, and the database from
	 * {@code DB_URL} when it is set.
	 */
	public static PlatformConfig defaults(Path projectRoot) {
		Map<String, String> env = System.getenv();
		return new PlatformConfig(projectRoot, projectRoot.resolve(".local"), Ports.defaults(),
				DatabaseLogin.fromEnvironment(env).orElse(null), new LinkedHashSet<>(Parts.ALL), Map.of(),
				projectRoot.resolve("keycloak").resolve("partner-network-realm.json"),
				ClientSecrets.fromEnvironment(env), Timeouts.defaults(), Map.of());
	}

	public PlatformConfig withRandomPorts() {
		return withPorts(Ports.random());
	}

	public PlatformConfig withPorts(Ports ports) {
		return new PlatformConfig(projectRoot, workDir, ports, externalDatabase, parts, commands, realmFile, secrets,
				timeouts, environment);
	}

	public PlatformConfig withWorkDir(Path workDir) {
		return new PlatformConfig(projectRoot, workDir, ports, externalDatabase, parts, commands, realmFile, secrets,
				timeouts, environment);
	}

	/**
	 * Start only these parts, e.g. {@code withParts(List.of("database", "keycloak"))}.
	 */
	public PlatformConfig withParts(Collection<String> parts) {
		return new PlatformConfig(projectRoot, workDir, ports, externalDatabase, new LinkedHashSet<>(parts), commands,
				realmFile, secrets, timeouts, environment);
	}

	/**
	 * Run this command line for a service part instead of {@code java -jar <module>.jar}.
	 */
	public PlatformConfig withCommand(String part, List<String> command) {
		Map<String, List<String>> changed = new HashMap<>(commands);
		changed.put(part, List.copyOf(command));
		return new PlatformConfig(projectRoot, workDir, ports, externalDatabase, parts, changed, realmFile, secrets,
				timeouts, environment);
	}

	/**
	 * Give a service part these environment variables too, over the launcher's own (e.g.
	 * {@code TELEGRAM_BOT_TOKEN} for notification-service); added to any given before.
	 */
	public PlatformConfig withEnvironment(String part, Map<String, String> variables) {
		Parts.requireKnown(part);
		Map<String, String> merged = new HashMap<>(environment.getOrDefault(part, Map.of()));
		merged.putAll(variables);
		Map<String, Map<String, String>> changed = new HashMap<>(environment);
		changed.put(part, Map.copyOf(merged));
		return new PlatformConfig(projectRoot, workDir, ports, externalDatabase, parts, commands, realmFile, secrets,
				timeouts, changed);
	}

	/** Use this database server instead of the embedded one ({@code null}: embedded). */
	public PlatformConfig withExternalDatabase(DatabaseLogin database) {
		return new PlatformConfig(projectRoot, workDir, ports, database, parts, commands, realmFile, secrets, timeouts,
				environment);
	}

	public PlatformConfig withRealmFile(Path realmFile) {
		return new PlatformConfig(projectRoot, workDir, ports, externalDatabase, parts, commands, realmFile, secrets,
				timeouts, environment);
	}

	public PlatformConfig withTimeouts(Timeouts timeouts) {
		return new PlatformConfig(projectRoot, workDir, ports, externalDatabase, parts, commands, realmFile, secrets,
				timeouts, environment);
	}

	public boolean starts(String part) {
		return parts.contains(part);
	}

	public boolean usesEmbeddedDatabase() {
		return externalDatabase == null;
	}

	/** The database the services are given: the external one, or the embedded one. */
	public DatabaseLogin database() {
		return usesEmbeddedDatabase() ? DatabaseLogin.embedded(ports.database()) : externalDatabase;
	}

	public PlatformUrls urls() {
		return PlatformUrls.of(ports);
	}

	public Path logFile(String part) {
		return workDir.resolve("logs").resolve(part + ".log");
	}
}
