package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml} cannot be started here (no Docker engine), so it is checked
 * statically: a real Compose parser accepts it, and it keeps the promises a reviewer
 * looks for. It runs the platform in its cluster shape: two gateway replicas behind one
 * entry point, their sessions and rate limits in Redis.
 */
class DockerComposeFileTest {

	static final Set<String> PLATFORM_SERVICES = Set.of("organisation-service", "referral-service",
			"vocational-service", "notification-service", "gateway");

	/** What {@code ./platform start} also runs, one of each. */
	static final Set<String> SINGLE_MACHINE_PARTS = Set.of("mysql", "keycloak", "organisation-service",
			"referral-service", "vocational-service", "gateway");

	static Path composeFile;
	static Map<String, Map<String, Object>> services;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void readComposeFile() throws IOException {
		composeFile = ProjectRoot.find().resolve("docker-compose.yml");
		try (InputStream in = Files.newInputStream(composeFile)) {
			Map<String, Object> compose = new Yaml().load(in);
			services = (Map<String, Map<String, Object>>) compose.get("services");
		}
	}

	@Test
	void shouldBeAcceptedByDockerCompose() throws Exception {
		Assumptions.assumeTrue(onPath("docker-compose"),
				"docker-compose is not on the PATH, so docker-compose.yml is not validated; install it with "
						+ "'apt-get install docker-compose' (.ci/run does)");

		String key = "prod-1:" + "A".repeat(43) + "=";
		var withKeys = dockerComposeConfig(Map.of("REFERRAL_ENCRYPTION_KEYS", key, "REFERRAL_ENCRYPTION_ACTIVE_KEY",
				"prod-1", "VOCATIONAL_ENCRYPTION_KEYS", key, "VOCATIONAL_ENCRYPTION_ACTIVE_KEY", "prod-1"));
		assertThat(withKeys.errors()).isEmpty();
		assertThat(withKeys.exitValue()).isZero();
	}

	@Test
	void shouldRefuseToRunWithoutItsOwnEncryptionKeys() throws Exception {
		Assumptions.assumeTrue(onPath("docker-compose"), "docker-compose is not on the PATH");

		var withoutKeys = dockerComposeConfig(Map.of());
		assertThat(withoutKeys.exitValue()).isNotZero();
		assertThat(withoutKeys.errors()).containsAnyOf("REFERRAL_ENCRYPTION_KEYS", "VOCATIONAL_ENCRYPTION_KEYS");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldLayTheDemoRealmAndDirectoryOverTheProductionFileOnlyWithTheDemoFile() throws Exception {
		Assumptions.assumeTrue(onPath("docker-compose"), "docker-compose is not on the PATH");

		String key = "prod-1:" + "A".repeat(43) + "=";
		Path merged = Files.createTempFile("docker-compose-demo", ".yml");
		try {
			var demo = dockerComposeConfig(
					Map.of("REFERRAL_ENCRYPTION_KEYS", key, "REFERRAL_ENCRYPTION_ACTIVE_KEY", "prod-1",
							"VOCATIONAL_ENCRYPTION_KEYS", key, "VOCATIONAL_ENCRYPTION_ACTIVE_KEY", "prod-1"),
					merged, composeFile, composeFile.resolveSibling("docker-compose.demo.yml"));
			assertThat(demo.errors()).isEmpty();
			assertThat(demo.exitValue()).isZero();
			Map<String, Map<String, Object>> demoServices;
			try (InputStream in = Files.newInputStream(merged)) {
				demoServices = (Map<String, Map<String, Object>>) new Yaml().<Map<String, Object>>load(in)
					.get("services");
			}
			assertThat(demoServices).containsOnlyKeys(services.keySet());
			List<String> volumes = ((List<?>) demoServices.get("keycloak").get("volumes")).stream()
				.map(String::valueOf)
				.toList();
			assertThat(volumes)
				.anyMatch(volume -> volume.endsWith(
						"keycloak/partner-network-realm.json:/opt/keycloak/data/import/partner-network-realm.json:ro"))
				.anyMatch(volume -> volume
					.endsWith("keycloak/partner-idp-realm.json:/opt/keycloak/data/import/partner-idp-realm.json:ro"))
				.noneMatch(volume -> volume.contains("keycloak/production/"));
			assertThat(map(demoServices.get("organisation-service").get("environment")))
				.containsEntry("LIQUIBASE_CONTEXTS", "demo");
		}
		finally {
			Files.delete(merged);
		}
	}

	@Test
	void shouldImportTheProductionRealmWithTheLoginThemeAndNoDemoDirectoryByDefault() {
		assertThat(((List<?>) services.get("keycloak").get("volumes")).stream().map(String::valueOf).toList())
			.containsExactlyInAnyOrder(
					"./keycloak/production/partner-network-realm.json:/opt/keycloak/data/import/partner-network-realm.json:ro",
					"./keycloak/themes/partner-network:/opt/keycloak/themes/partner-network:ro",
					"./keycloak/conf/quarkus.properties:/opt/keycloak/conf/quarkus.properties:ro");
		assertThat(environment("organisation-service").get("LIQUIBASE_CONTEXTS")).isNotEqualTo("demo");
		assertThat(environment("keycloak")).containsKeys("SMTP_HOST", "SMTP_PORT", "SMTP_FROM", "SMTP_USER",
				"SMTP_PASSWORD");
	}

	private record ConfigRun(int exitValue, String errors) {
	}

	private ConfigRun dockerComposeConfig(Map<String, String> environment) throws Exception {
		return dockerComposeConfig(environment, null, composeFile);
	}

	/**
	 * {@code docker-compose -f … config}: the merged file to {@code output}, or only
	 * checked ({@code -q}).
	 */
	private ConfigRun dockerComposeConfig(Map<String, String> environment, Path output, Path... files)
			throws Exception {
		Path errors = Files.createTempFile("docker-compose-config", ".err");
		try {
			List<String> command = new ArrayList<>(List.of("docker-compose"));
			for (Path file : files) {
				command.addAll(List.of("-f", file.toString()));
			}
			command.add("config");
			if (output == null) {
				command.add("-q");
			}
			var builder = new ProcessBuilder(command)
				.redirectOutput(
						output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()))
				.redirectError(errors.toFile());
			builder.environment()
				.keySet()
				.removeIf(name -> name.endsWith("_ENCRYPTION_KEYS") || name.endsWith("_ENCRYPTION_ACTIVE_KEY"));
			builder.environment().putAll(environment);
			Process config = builder.start();
			assertThat(config.waitFor(60, TimeUnit.SECONDS)).as("docker-compose config finished").isTrue();
			return new ConfigRun(config.exitValue(), Files.readString(errors));
		}
		finally {
			Files.delete(errors);
		}
	}

	@Test
	void shouldRunTheDocumentedPlatform() {
		assertThat(services).containsOnlyKeys("mysql", "keycloak", "redis", "organisation-service", "referral-service",
				"vocational-service", "notification-service", "gateway", "load-balancer");
		assertThat(services.get("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:26.7.3");
		assertThat(services.get("mysql").get("image")).isEqualTo("mysql:8.4");
	}

	@Test
	void shouldRunTwoGatewayReplicasBehindOneEntryPoint() throws IOException {
		Map<String, Object> gateway = services.get("gateway");
		assertThat(map(gateway.get("deploy"))).containsEntry("replicas", 2);
		assertThat(gateway).doesNotContainKeys("ports", "container_name");

		Map<String, Object> entry = services.get("load-balancer");
		assertThat(entry.get("image")).asString().startsWith("haproxy:");
		assertThat(map(entry.get("depends_on"))).containsOnlyKeys("gateway");
		assertThat(entry.get("volumes")).asList()
			.containsExactly("./docker/haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");

		List<String> config = Files.readAllLines(composeFile.resolveSibling("docker/haproxy/haproxy.cfg"))
			.stream()
			.map(String::strip)
			.toList();
		assertThat(config).as("the entry point listens where the published port leads")
			.contains("bind :8080")
			.as("every gateway replica, found by name, each while its readiness answers 200")
			.contains("server-template gateway 4 gateway:8080", "http-check expect status 200")
			.anyMatch(line -> line.startsWith("http-check send meth GET uri /actuator/health/readiness"))
			.as("X-Forwarded-For comes from the entry point only, never from the client")
			.contains("http-request del-header X-Forwarded-For", "http-request del-header Forwarded",
					"option forwardfor")
			.as("no cookie pinning: sessions are shared through Redis")
			.noneMatch(line -> line.startsWith("cookie ") || line.startsWith("balance source"));
	}

	@Test
	void shouldKeepTheGatewaysSessionsAndRateLimitsInRedisAndNothingOnDisk() {
		assertThat(environment("gateway")).containsEntry("GATEWAY_REDIS_ENABLED", "true")
			.containsEntry("SPRING_DATA_REDIS_HOST", "redis")
			.containsEntry("SPRING_DATA_REDIS_PORT", "6379")
			.containsEntry("SPRING_DATA_REDIS_PASSWORD", "${REDIS_PASSWORD:-redis-local-only}");
		assertThat(map(services.get("gateway").get("depends_on"))).containsKey("redis");

		Map<String, Object> redis = services.get("redis");
		assertThat(redis).doesNotContainKeys("ports", "volumes");
		List<String> command = ((List<?>) redis.get("command")).stream().map(String::valueOf).toList();
		assertThat(String.join(" ", command)).as("a password, no snapshots, no append-only file")
			.contains("--requirepass ${REDIS_PASSWORD:-redis-local-only}", "--save  ", "--appendonly no");
	}

	@Test
	void shouldLogJsonLinesFromEveryPlatformService() {
		PLATFORM_SERVICES.forEach(name -> assertThat(environment(name)).as(name).containsEntry("LOG_FORMAT", "ecs"));
	}

	@Test
	void shouldStartNotificationServiceOnlyOnRequestUntilItsModuleIsBuilt() {
		Map<String, Object> notification = services.get("notification-service");
		boolean moduleExists = Files.isRegularFile(composeFile.resolveSibling("notification-service/pom.xml"));

		if (moduleExists) {
			assertThat(notification)
				.as("notification-service's module exists now: remove its 'profiles' line "
						+ "from docker-compose.yml, so that it starts with the rest")
				.doesNotContainKey("profiles");
		}
		else {
			assertThat(notification.get("profiles")).as("without its module, its image cannot be built")
				.asList()
				.containsExactly("notification");
		}
		assertThat(environment("notification-service")).containsEntry("DB_USER", "notification")
			.containsKeys("NOTIFICATION_CLIENT_SECRET", "SMTP_HOST", "SMTP_PORT", "SMTP_FROM", "SMTP_USER",
					"SMTP_PASSWORD", "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL");
		assertThat(environment("mysql")).containsKey("NOTIFICATION_DB_PASSWORD");
		assertThat(environment("keycloak")).containsKey("NOTIFICATION_CLIENT_SECRET");
	}

	@Test
	void shouldGiveEveryServiceAHealthCheckAndAMemoryLimit() {
		services.forEach((name, service) -> {
			assertThat(service).as(name).containsKeys("healthcheck", "mem_limit");
			assertThat(map(service.get("healthcheck")).get("test")).as(name + " health check").isNotNull();
		});
	}

	@Test
	void shouldKeepTheWholePlatformWithinAboutThreeGigabytes() {
		long totalMegabytes = SINGLE_MACHINE_PARTS.stream()
			.mapToLong(name -> megabytes(String.valueOf(services.get(name).get("mem_limit"))))
			.sum();

		assertThat(totalMegabytes).as("one of each part, as ./platform start runs them").isLessThanOrEqualTo(3200);
	}

	@Test
	void shouldKeepTheClusterShapeWithinAboutFourAndAQuarterGigabytes() {
		// The single machine's 3,200 MB, plus a second gateway (384), Redis (64), the
		// entry point (64)
		// and notification-service (512): every replica counted.
		long totalMegabytes = services.values()
			.stream()
			.mapToLong(service -> replicas(service) * megabytes(String.valueOf(service.get("mem_limit"))))
			.sum();

		assertThat(totalMegabytes).isLessThanOrEqualTo(4300);
	}

	@Test
	void shouldStartEachServiceOnlyOnceWhatItNeedsIsHealthy() {
		services.forEach((name, service) -> {
			Object dependsOn = service.get("depends_on");
			if (dependsOn == null) {
				return;
			}
			assertThat(dependsOn).as(name + " depends_on lists conditions").isInstanceOf(Map.class);
			map(dependsOn).forEach((dependency, condition) -> assertThat(map(condition)).as(name + " -> " + dependency)
				.containsEntry("condition", "service_healthy"));
		});
	}

	@Test
	void shouldPublishOnlyTheEntryPointAndKeycloakAndOnlyOnLoopback() {
		services.forEach((name, service) -> {
			if (name.equals("load-balancer") || name.equals("keycloak")) {
				assertThat(service).as(name).containsKey("ports");
				assertThat((List<?>) service.get("ports")).as(name)
					.allSatisfy(port -> assertThat(String.valueOf(port)).startsWith("127.0.0.1:"));
			}
			else {
				assertThat(service).as(name).doesNotContainKey("ports");
			}
		});
		assertThat(services.get("load-balancer").get("ports")).isEqualTo(List.of("127.0.0.1:8080:8080"));
	}

	@Test
	void shouldGiveEveryPlatformServiceKeycloaksPublicUrlAsTheIssuer() {
		Object hostname = environment("keycloak").get("KC_HOSTNAME");

		assertThat(hostname).isEqualTo("http://localhost:8180");
		PLATFORM_SERVICES.forEach(name -> assertThat(environment(name)).as(name)
			.containsEntry("KEYCLOAK_URL", hostname)
			.containsEntry("KEYCLOAK_INTERNAL_URL", "http://keycloak:8180"));
	}

	@Test
	void shouldNotMountTheDockerSocket() {
		services.forEach((name, service) -> {
			List<?> volumes = (List<?>) service.getOrDefault("volumes", List.of());
			assertThat(volumes).as(name).noneMatch(volume -> String.valueOf(volume).contains("docker.sock"));
		});
	}

	private static int replicas(Map<String, Object> service) {
		Object deploy = service.get("deploy");
		return deploy == null ? 1 : ((Number) map(deploy).getOrDefault("replicas", 1)).intValue();
	}

	private static Map<String, Object> environment(String service) {
		return map(services.get(service).get("environment"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	/** Compose's byte values as used here: "512m", "1g", "1024k". */
	private static long megabytes(String value) {
		long amount = Long.parseLong(value.replaceAll("[^0-9]", ""));
		return switch (Character.toLowerCase(value.charAt(value.length() - 1))) {
			case 'g' -> amount * 1024;
			case 'm' -> amount;
			case 'k' -> amount / 1024;
			default -> throw new IllegalArgumentException("Unexpected memory limit " + value);
		};
	}

	private static boolean onPath(String command) {
		String path = System.getenv().getOrDefault("PATH", "");
		for (String dir : path.split(File.pathSeparator)) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}

}
