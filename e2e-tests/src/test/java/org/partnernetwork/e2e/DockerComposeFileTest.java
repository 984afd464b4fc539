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
 * looks for.
 */
class DockerComposeFileTest {

	static final Set<String> PLATFORM_SERVICES = Set.of("organisation-service", "referral-service",
			"vocational-service", "gateway");

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
		assertThat(services).containsOnlyKeys("mysql", "keycloak", "organisation-service", "referral-service",
				"vocational-service", "gateway");
		assertThat(services.get("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:26.7.3");
		assertThat(services.get("mysql").get("image")).isEqualTo("mysql:8.4");
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
		long totalMegabytes = services.values()
			.stream()
			.mapToLong(service -> megabytes(String.valueOf(service.get("mem_limit"))))
			.sum();

		assertThat(totalMegabytes).isLessThanOrEqualTo(3200);
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
	void shouldPublishOnlyTheGatewayAndKeycloak() {
		services.forEach((name, service) -> {
			if (name.equals("gateway") || name.equals("keycloak")) {
				assertThat(service).as(name).containsKey("ports");
			}
			else {
				assertThat(service).as(name).doesNotContainKey("ports");
			}
		});
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
