package org.partnernetwork.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds each part from the configuration: its command line, environment and readiness
 * check.
 */
final class PartFactory {

	/** Measured to keep the whole platform within about 2.5 GB of memory. */
	static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-Xss512k");
	static final List<String> GATEWAY_JVM_OPTIONS = List.of("-Xms64m", "-Xmx192m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-Xss512k");

	static final String LOOPBACK = "127.0.0.1";

	private final PlatformConfig config;

	private final ProgressPrinter progress;

	PartFactory(PlatformConfig config, ProgressPrinter progress) {
		this.config = config;
		this.progress = progress;
	}

	Part create(String name) {
		return switch (name) {
			case Parts.DATABASE -> config.usesEmbeddedDatabase()
					? new EmbeddedDatabase(config.workDir().resolve("mariadb"), config.ports().database(),
							config.logFile(name), config.timeouts().database())
					: new ExternalDatabase(config.externalDatabase());
			case Parts.MAIL -> new MailServer(config.ports().mail(), config.logFile(name));
			case Parts.KEYCLOAK -> new Keycloak(config, progress);
			case Parts.GATEWAY -> service(name, GATEWAY_JVM_OPTIONS, gatewayEnvironment(), "/actuator/health");
			default -> service(name, SERVICE_JVM_OPTIONS, serviceEnvironment(name), "/actuator/health/readiness");
		};
	}

	private Part service(String name, List<String> jvmOptions, Map<String, String> environment, String readyPath) {
		List<String> command = config.commands().get(name);
		if (command == null) {
			command = javaCommand(name, jvmOptions);
		}
		URI readiness = URI.create(config.urls().of(name) + readyPath);
		return new ChildProcess(name, command, environment, config.projectRoot(), config.logFile(name), readiness,
				config.timeouts().of(name));
	}

	private List<String> javaCommand(String module, List<String> jvmOptions) {
		Path jar = config.projectRoot().resolve(module).resolve("target").resolve(module + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new PlatformStartException(module,
					"its jar " + jar + " is missing; build first: ./mvnw -DskipTests package");
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString()));
		return command;
	}

	private Map<String, String> serviceEnvironment(String name) {
		Map<String, String> env = new HashMap<>(serviceUrls());
		env.put("SERVER_PORT", Integer.toString(config.ports().of(name)));
		// the gateway is the way in: a service answers only on this machine
		env.put("SERVER_ADDRESS", LOOPBACK);
		env.put("KEYCLOAK_URL", config.urls().keycloak());
		env.putAll(config.database().asEnvironment());
		env.putAll(config.secrets().asEnvironment());
		if (Parts.ORGANISATION_SERVICE.equals(name)) {
			// directory search's Lucene index, kept between runs like the database
			env.put("SEARCH_INDEX_DIR", config.workDir().resolve("search-index").toString());
		}
		if (name.equals(Parts.NOTIFICATION_SERVICE)) {
			// its e-mails go to the mail part; their links to the portal
			env.put("SMTP_HOST", LOOPBACK);
			env.put("SMTP_PORT", Integer.toString(config.ports().mail()));
			env.put("GATEWAY_URL", config.urls().gateway());
		}
		env.putAll(config.environment().getOrDefault(name, Map.of()));
		return env;
	}

	private Map<String, String> gatewayEnvironment() {
		Map<String, String> env = new HashMap<>(serviceUrls());
		env.put("SERVER_PORT", Integer.toString(config.ports().gateway()));
		env.put("KEYCLOAK_URL", config.urls().keycloak());
		env.put("GATEWAY_CLIENT_SECRET", config.secrets().gateway());
		env.putAll(config.environment().getOrDefault(Parts.GATEWAY, Map.of()));
		return env;
	}

	private Map<String, String> serviceUrls() {
		PlatformUrls urls = config.urls();
		return Map.of("ORGANISATION_SERVICE_URL", urls.organisationService(), "REFERRAL_SERVICE_URL",
				urls.referralService(), "VOCATIONAL_SERVICE_URL", urls.vocationalService(), "NOTIFICATION_SERVICE_URL",
				urls.notificationService());
	}

}
