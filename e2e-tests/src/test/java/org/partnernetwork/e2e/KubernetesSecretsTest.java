package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No secret is in git: the manifests read every password, client secret and key from
 * Secrets made from your own secret store (the keys they need are listed in
 * {@code deploy/kubernetes/secrets/*.env.example}, with placeholders only), and a
 * container refuses to start while a value is still a placeholder.
 */
class KubernetesSecretsTest {

	/** Variables that hold something secret: never a plain value in a manifest. */
	static final Pattern SECRET_VARIABLE = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|ENCRYPTION_KEYS|ACTIVE_KEY)$");

	/** What a key or a password looks like: a long run of base64 or hex. */
	static final Pattern REAL_LOOKING = Pattern.compile(".*[A-Za-z0-9+/_-]{24,}={0,2}.*");

	static final Path SECRETS = ProjectRoot.find().resolve("deploy/kubernetes/secrets");

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldCarryNoSecretValueInTheManifests(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);

		assertThat(rendered.all(Secret.class)).as("Secrets come from your secret store, not from git").isEmpty();
		for (String part : RenderedOverlay.PARTS) {
			for (EnvVar env : rendered.container(part).getEnv()) {
				if (SECRET_VARIABLE.matcher(env.getName()).matches()) {
					assertThat(env.getValue()).as(part + " " + env.getName()).isNull();
					assertThat(env.getValueFrom().getSecretKeyRef()).as(part + " " + env.getName()).isNotNull();
				}
				else if (env.getValue() != null) {
					assertThat(env.getValue()).as(part + " " + env.getName()).doesNotMatch(REAL_LOOKING);
				}
			}
		}
		rendered.config().forEach((name, value) -> {
			assertThat(name).doesNotMatch(SECRET_VARIABLE);
			assertThat(value).as(name).doesNotMatch(REAL_LOOKING);
		});
	}

	@Test
	void shouldListExactlyTheSecretKeysTheManifestsRead() throws IOException {
		Map<String, Set<String>> read = new TreeMap<>();
		for (String overlay : List.of("local", "production")) {
			for (String part : RenderedOverlay.PARTS) {
				Container container = RenderedOverlay.of(overlay).container(part);
				container.getEnv()
					.stream()
					.filter(env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
					.map(env -> env.getValueFrom().getSecretKeyRef())
					.forEach(ref -> {
						assertThat(ref.getOptional())
							.as(part + " " + ref.getKey() + ": a missing Secret stops the start")
							.isNotEqualTo(Boolean.TRUE);
						read.computeIfAbsent(ref.getName(), name -> new TreeSet<>()).add(ref.getKey());
					});
			}
		}

		assertThat(examples()).isEqualTo(read);
	}

	@Test
	void shouldHoldOnlyPlaceholdersInTheExamplesAndKeepFilledInCopiesOutOfGit() throws IOException {
		for (Path example : exampleFiles()) {
			for (String line : Files.readAllLines(example)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					assertThat(line.substring(line.indexOf('=') + 1)).as(example.getFileName() + ": " + line)
						.startsWith("CHANGE-ME");
				}
			}
		}
		assertThat(Files.readAllLines(SECRETS.resolve(".gitignore"))).contains("*.env");
	}

	@Test
	void shouldRefuseToStartAContainerWhileAPlaceholderIsLeft() throws Exception {
		Path guard = ProjectRoot.find().resolve("docker/refuse-placeholders.sh");

		Run refused = run(guard, Map.of("REFERRAL_ENCRYPTION_KEYS", "CHANGE-ME-id:base64-of-32-random-bytes",
				"GATEWAY_CLIENT_SECRET", "CHANGE-ME", "DB_USER", "referral"));
		assertThat(refused.exitValue()).isEqualTo(78);
		assertThat(refused.errors()).contains("GATEWAY_CLIENT_SECRET", "REFERRAL_ENCRYPTION_KEYS")
			.doesNotContain("DB_USER")
			.doesNotContain("started");

		Run started = run(guard, Map.of("GATEWAY_CLIENT_SECRET", "s3cr3t-of-our-own", "DB_USER", "referral"));
		assertThat(started.exitValue()).isZero();
		assertThat(started.output()).isEqualTo("started\n");

		for (String dockerfile : List.of("Dockerfile", "docker/keycloak/Dockerfile")) {
			assertThat(Files.readAllLines(ProjectRoot.find().resolve(dockerfile)))
				.as(dockerfile + ": every image starts through the guard")
				.anyMatch(line -> line.matches("ENTRYPOINT \\[\"(/usr/local/bin/)?refuse-placeholders\", .*"));
		}
	}

	private record Run(int exitValue, String output, String errors) {
	}

	private static Run run(Path guard, Map<String, String> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", guard.toString(), "echo", "started");
		builder.environment().clear();
		builder.environment().put("PATH", "/usr/bin:/bin");
		builder.environment().putAll(environment);
		Process process = builder.start();
		assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
				new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	/** Secret name (the file's name) → its keys. */
	private static Map<String, Set<String>> examples() throws IOException {
		Map<String, Set<String>> keys = new TreeMap<>();
		for (Path example : exampleFiles()) {
			String secret = example.getFileName().toString().replace(".env.example", "");
			for (String line : Files.readAllLines(example)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					keys.computeIfAbsent(secret, name -> new TreeSet<>()).add(line.substring(0, line.indexOf('=')));
				}
			}
		}
		return keys;
	}

	private static List<Path> exampleFiles() throws IOException {
		try (Stream<Path> files = Files.list(SECRETS)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".env.example")).sorted().toList();
		}
	}

}
