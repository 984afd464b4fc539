package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests ({@code deploy/kubernetes/}), rendered as
 * {@code kubectl apply -k} renders them and read into Kubernetes' typed models: every
 * part several times over, probed on its actuator, bounded, kept available through
 * disruptions and load, and run as the "restricted" pod security profile demands.
 */
class KubernetesManifestsTest {

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldRenderKnownKindsOnlyAllInTheirOwnNamespace(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);

		assertThat(rendered.objects()).extracting(HasMetadata::getKind)
			.containsOnly("Namespace", "ConfigMap", "Service", "Deployment", "PodDisruptionBudget",
					"HorizontalPodAutoscaler", "NetworkPolicy", "Ingress");
		rendered.objects()
			.stream()
			.filter(object -> !(object instanceof Namespace))
			.forEach(object -> assertThat(object.getMetadata().getNamespace())
				.as(object.getKind() + " " + object.getMetadata().getName())
				.isEqualTo("partner-network"));
		assertThat(rendered.named(Namespace.class, "partner-network").getMetadata().getLabels())
			.containsEntry("pod-security.kubernetes.io/enforce", "restricted");
	}

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldProbeEveryPartOnItsActuator(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		for (String part : RenderedOverlay.PARTS) {
			Container container = rendered.container(part);
			boolean keycloak = part.equals("keycloak");
			String health = keycloak ? "/health/" : "/actuator/health/";
			int port = keycloak ? 9000 : part.equals("gateway") ? 8080 : 9090;

			assertProbe(rendered, part, container.getLivenessProbe(), health + (keycloak ? "live" : "liveness"), port);
			assertProbe(rendered, part, container.getReadinessProbe(), health + (keycloak ? "ready" : "readiness"),
					port);
			assertProbe(rendered, part, container.getStartupProbe(), health + (keycloak ? "started" : "liveness"),
					port);
			if (RenderedOverlay.SERVICES.containsKey(part)) {
				assertThat(container.getEnv()).as(part + ": the actuator on a port of its own")
					.contains(new EnvVar("MANAGEMENT_SERVER_PORT", "9090", null));
			}
		}
	}

	private static void assertProbe(RenderedOverlay rendered, String part, Probe probe, String path, int port) {
		assertThat(probe).as(part + " " + path).isNotNull();
		assertThat(probe.getHttpGet().getPath()).as(part).isEqualTo(path);
		assertThat(rendered.port(part, probe.getHttpGet().getPort())).as(part + " " + path).isEqualTo(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldGiveEveryContainerRequestsAndLimitsWithItsMemoryReserved(String overlay) {
		for (String part : RenderedOverlay.PARTS) {
			var resources = RenderedOverlay.of(overlay).container(part).getResources();
			assertThat(resources.getRequests()).as(part + " requests").containsKeys("cpu", "memory");
			assertThat(resources.getLimits()).as(part + " limits").containsKeys("cpu", "memory");
			assertThat(resources.getRequests().get("memory"))
				.as(part + ": the JVM's memory is reserved, never overcommitted")
				.isEqualTo(resources.getLimits().get("memory"));
			assertThat(resources.getLimits().get("cpu").getNumericalAmount()).as(part)
				.isGreaterThanOrEqualTo(resources.getRequests().get("cpu").getNumericalAmount());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldKeepEveryPartAvailableThroughDisruptionsAndLoad(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		for (String part : RenderedOverlay.PARTS) {
			int replicas = rendered.deployment(part).getSpec().getReplicas();

			PodDisruptionBudget budget = rendered.named(PodDisruptionBudget.class, part);
			assertThat(NetworkPolicyMatrix.matches(budget.getSpec().getSelector(), rendered.podLabels(part))).as(part)
				.isTrue();
			assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).as(part).isEqualTo(1).isLessThan(replicas);

			HorizontalPodAutoscaler autoscaler = rendered.named(HorizontalPodAutoscaler.class, part);
			assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
			assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(part);
			assertThat(autoscaler.getSpec().getMinReplicas()).as(part).isEqualTo(replicas);
			assertThat(autoscaler.getSpec().getMaxReplicas()).as(part).isGreaterThan(replicas);
			assertThat(autoscaler.getSpec().getMetrics()).singleElement()
				.satisfies(metric -> assertThat(metric.getResource().getName()).isEqualTo("cpu"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldRunEveryPartAsTheRestrictedPodSecurityProfileDemands(String overlay) {
		for (String part : RenderedOverlay.PARTS) {
			PodSpec pod = RenderedOverlay.of(overlay).deployment(part).getSpec().getTemplate().getSpec();
			assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(part).isTrue();
			assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(part).isEqualTo("RuntimeDefault");
			assertThat(pod.getAutomountServiceAccountToken()).as(part + ": no API token in the pod").isFalse();
			assertThat(pod.getHostNetwork()).as(part).isNotEqualTo(Boolean.TRUE);
			var container = pod.getContainers().get(0).getSecurityContext();
			assertThat(container.getAllowPrivilegeEscalation()).as(part).isFalse();
			assertThat(container.getCapabilities().getDrop()).as(part).containsExactly("ALL");
			if (!part.equals("keycloak")) {
				assertThat(container.getReadOnlyRootFilesystem()).as(part).isTrue();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldLogJsonLinesWithTraceIdsFromEveryPlatformPart(String overlay) throws IOException {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		assertThat(rendered.config()).containsEntry("LOG_FORMAT", "ecs");
		for (String part : Set.of("gateway", "organisation-service", "referral-service", "vocational-service",
				"notification-service")) {
			Container container = rendered.container(part);
			assertThat(container.getEnvFrom()).as(part)
				.anySatisfy(
						source -> assertThat(source.getConfigMapRef().getName()).isEqualTo("partner-network-config"));
			assertThat(container.getEnv()).as(part + ": which replica wrote a line")
				.anySatisfy(env -> assertThat(env.getName()).isEqualTo("LOGGING_STRUCTURED_ECS_SERVICE_NODE_NAME"));
		}
		for (String module : Set.of("gateway", "organisation-service", "referral-service", "vocational-service")) {
			assertThat(consoleFormat(ProjectRoot.find().resolve(module + "/src/main/resources/application.yml")))
				.as(module + ": JSON where LOG_FORMAT says so, plain text for ./platform start")
				.isEqualTo("${LOG_FORMAT:}");
		}
	}

	@SuppressWarnings("unchecked")
	private static Object consoleFormat(Path applicationYml) throws IOException {
		try (InputStream in = Files.newInputStream(applicationYml)) {
			Map<String, Object> logging = (Map<String, Object>) new Yaml().<Map<String, Object>>load(in).get("logging");
			Map<String, Object> structured = (Map<String, Object>) logging.get("structured");
			return ((Map<String, Object>) structured.get("format")).get("console");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldLetPrometheusScrapeEachActuatorWhereItListens(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		for (String part : RenderedOverlay.PARTS) {
			Map<String, String> annotations = rendered.deployment(part)
				.getSpec()
				.getTemplate()
				.getMetadata()
				.getAnnotations();
			if (part.equals("gateway")) {
				assertThat(annotations).as("the gateway publishes no metrics yet").isNullOrEmpty();
				continue;
			}
			assertThat(annotations).as(part)
				.containsEntry("prometheus.io/scrape", "true")
				.containsEntry("prometheus.io/port", part.equals("keycloak") ? "9000" : "9090")
				.containsEntry("prometheus.io/path", part.equals("keycloak") ? "/metrics" : "/actuator/prometheus");
		}
	}

}
