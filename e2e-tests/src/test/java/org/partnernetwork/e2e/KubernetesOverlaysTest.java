package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import org.junit.jupiter.api.Test;

/**
 * What the two overlays change in the shared base: on a machine of your own, images you
 * built and plain HTTP on *.localhost; in production more replicas and room, released
 * images from a registry, HTTPS on your own hostnames, TLS to the database and Redis.
 */
class KubernetesOverlaysTest {

	private final RenderedOverlay local = RenderedOverlay.of("local");

	private final RenderedOverlay production = RenderedOverlay.of("production");

	@Test
	void shouldRunEveryPartTwiceLocallyAndThreeTimesAutoscaledToEightInProduction() {
		assertThat(local.all(Deployment.class)).extracting(deployment -> deployment.getMetadata().getName())
			.containsExactlyInAnyOrderElementsOf(RenderedOverlay.PARTS);
		for (String part : RenderedOverlay.PARTS) {
			assertThat(local.deployment(part).getSpec().getReplicas()).as(part).isEqualTo(2);
			assertThat(production.deployment(part).getSpec().getReplicas()).as(part).isEqualTo(3);
			assertThat(local.named(HorizontalPodAutoscaler.class, part).getSpec().getMaxReplicas()).as(part)
				.isEqualTo(4);
			assertThat(production.named(HorizontalPodAutoscaler.class, part).getSpec().getMaxReplicas()).as(part)
				.isEqualTo(8);
		}
	}

	@Test
	void shouldGiveEveryPartMoreRoomInProduction() {
		for (String part : RenderedOverlay.PARTS) {
			var small = local.container(part).getResources();
			var large = production.container(part).getResources();
			for (String resource : List.of("cpu", "memory")) {
				assertThat(large.getRequests().get(resource).getNumericalAmount()).as(part + " " + resource)
					.isGreaterThan(small.getRequests().get(resource).getNumericalAmount());
				assertThat(large.getLimits().get(resource).getNumericalAmount()).as(part + " " + resource)
					.isGreaterThan(small.getLimits().get(resource).getNumericalAmount());
			}
		}
	}

	@Test
	void shouldRunImagesBuiltHereLocallyAndReleasedOnesInProduction() {
		for (String part : RenderedOverlay.PARTS) {
			assertThat(local.container(part).getImage()).isEqualTo("partner-network/" + part + ":local");
			assertThat(production.container(part).getImage()).as(part + ": a released version, never latest")
				.matches("registry\\.example\\.org/partner-network/" + part + ":[0-9][0-9.]*(-[0-9.]+)?");
		}
	}

	@Test
	void shouldServePlainHttpOnLocalhostLocallyAndHttpsOnItsOwnHostnamesInProduction() {
		assertThat(hosts(local)).containsExactlyInAnyOrder("partner-network.localhost",
				"auth.partner-network.localhost");
		assertThat(hosts(production)).containsExactlyInAnyOrder("partner-network.example.org",
				"auth.partner-network.example.org");
		assertThat(local.all(Ingress.class))
			.allSatisfy(ingress -> assertThat(ingress.getSpec().getTls()).isNullOrEmpty());
		for (Ingress ingress : production.all(Ingress.class)) {
			assertThat(ingress.getSpec().getTls()).flatExtracting(IngressTLS::getHosts)
				.as("every host of %s over TLS", ingress.getMetadata().getName())
				.containsExactlyInAnyOrderElementsOf(
						ingress.getSpec().getRules().stream().map(rule -> rule.getHost()).toList());
			assertThat(ingress.getMetadata().getAnnotations())
				.containsEntry("nginx.ingress.kubernetes.io/force-ssl-redirect", "true");
		}
	}

	@Test
	void shouldGiveKeycloakAndTheGatewayThePublicAddressesTheIngressServes() {
		assertThat(local.config()).containsEntry("KEYCLOAK_URL", "http://auth.partner-network.localhost")
			.containsEntry("GATEWAY_URL", "http://partner-network.localhost")
			.containsEntry("LOGGING_STRUCTURED_ECS_SERVICE_ENVIRONMENT", "local");
		assertThat(production.config()).containsEntry("KEYCLOAK_URL", "https://auth.partner-network.example.org")
			.containsEntry("GATEWAY_URL", "https://partner-network.example.org")
			.containsEntry("LOGGING_STRUCTURED_ECS_SERVICE_ENVIRONMENT", "production");
		for (RenderedOverlay overlay : List.of(local, production)) {
			assertThat(overlay.config().values()).as(overlay.name() + ": no address left unset")
				.noneMatch(value -> value.contains(".invalid"));
			EnvVar hostname = overlay.container("keycloak")
				.getEnv()
				.stream()
				.filter(env -> env.getName().equals("KC_HOSTNAME"))
				.findFirst()
				.orElseThrow();
			assertThat(hostname.getValueFrom().getConfigMapKeyRef().getKey()).isEqualTo("KEYCLOAK_URL");
		}
	}

	@Test
	void shouldEncryptTheWayToTheDatabaseAndRedisInProduction() {
		assertThat(production.config())
			.containsEntry("DB_URL", "jdbc:mysql://address=(host=mysql)(port=3306)(sslMode=REQUIRED)")
			.containsEntry("SPRING_DATA_REDIS_SSL_ENABLED", "true");
		assertThat(production.container("keycloak").getEnv())
			.anySatisfy(env -> assertThat(env.getName() + "=" + env.getValue())
				.isEqualTo("KC_DB_URL_PROPERTIES=?sslMode=REQUIRED"));
		assertThat(local.config()).containsEntry("DB_URL", "jdbc:mysql://mysql:3306")
			.doesNotContainKey("SPRING_DATA_REDIS_SSL_ENABLED");
		assertThat(externalName(local, "mysql")).isEqualTo("host.docker.internal");
		assertThat(externalName(production, "mysql")).isEqualTo("mysql.partner-network.example.org");
		assertThat(externalName(production, "redis")).isEqualTo("redis.partner-network.example.org");
	}

	private static List<String> hosts(RenderedOverlay overlay) {
		return overlay.all(Ingress.class)
			.stream()
			.flatMap(ingress -> ingress.getSpec().getRules().stream())
			.map(rule -> rule.getHost())
			.toList();
	}

	private static String externalName(RenderedOverlay overlay, String service) {
		return overlay.named(Service.class, service).getSpec().getExternalName();
	}

}
