package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may talk to whom in the cluster, as the overlays' NetworkPolicies and Ingresses
 * say: only the gateway (and the peers the design names) reaches the services, only the
 * services and Keycloak reach the database, only the gateway and Keycloak's sign-in pages
 * are exposed, only Prometheus reads the actuators.
 */
class KubernetesNetworkPoliciesTest {

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldDenyWhateverNoPolicyAllows(String overlay) {
		NetworkPolicy deny = RenderedOverlay.of(overlay).named(NetworkPolicy.class, "default-deny");

		assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
		assertThat(deny.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
		assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
		assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
		assertThat(deny.getSpec().getEgress()).isNullOrEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldLetThePartsReachEachOtherOnlyAsTheDesignSays(String overlay) {
		assertThat(new NetworkPolicyMatrix(RenderedOverlay.of(overlay)).betweenParts()).containsExactlyInAnyOrder(
				"gateway → organisation-service:8081", "gateway → referral-service:8082",
				"gateway → vocational-service:8083", "gateway → notification-service:8084", "gateway → keycloak:8180",
				// the receiver check, and referral and placement events for
				// notification-service
				"referral-service → organisation-service:8081", "referral-service → notification-service:8084",
				"vocational-service → organisation-service:8081", "vocational-service → referral-service:8082",
				"vocational-service → notification-service:8084",
				// keys, service tokens, the admin API
				"organisation-service → keycloak:8180", "referral-service → keycloak:8180",
				"vocational-service → keycloak:8180", "notification-service → keycloak:8180",
				// Keycloak's own cluster (JGroups)
				"keycloak → keycloak:7800", "keycloak → keycloak:57800");
	}

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldLetInOnlyBrowsersToTheGatewayAndKeycloakAndPrometheusToTheActuators(String overlay) {
		assertThat(new NetworkPolicyMatrix(RenderedOverlay.of(overlay)).intoTheNamespace()).containsExactlyInAnyOrder(
				"ingress-nginx/* → gateway:8080", "ingress-nginx/* → keycloak:8180",
				"monitoring/prometheus → organisation-service:9090", "monitoring/prometheus → referral-service:9090",
				"monitoring/prometheus → vocational-service:9090", "monitoring/prometheus → notification-service:9090",
				"monitoring/prometheus → keycloak:9000");
	}

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldLetOnlyTheServicesAndKeycloakReachTheDatabaseAndOnlyTheGatewayRedis(String overlay) {
		String database = overlay.equals("production") ? "10.20.0.0/24" : "0.0.0.0/0";
		String redis = overlay.equals("production") ? "10.20.1.0/24" : "0.0.0.0/0";
		List<String> expected = new ArrayList<>();
		RenderedOverlay.PARTS.forEach(part -> {
			expected.add(part + " → kube-system/kube-dns:53/UDP");
			expected.add(part + " → kube-system/kube-dns:53");
		});
		RenderedOverlay.SERVICES.keySet().forEach(service -> expected.add(service + " → " + database + ":3306"));
		expected.add("keycloak → " + database + ":3306");
		expected.add("gateway → " + redis + ":6379");
		// mail (25, 465, 587), and HTTPS to Telegram's Bot API and to partners' sign-in
		// services
		for (String part : List.of("notification-service", "keycloak")) {
			List.of("25", "465", "587", "443").forEach(port -> expected.add(part + " → 0.0.0.0/0:" + port));
		}

		assertThat(new NetworkPolicyMatrix(RenderedOverlay.of(overlay)).outOfTheNamespace())
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "local", "production" })
	void shouldExposeOnlyTheGatewayAndKeycloaksSignInPages(String overlay) {
		RenderedOverlay rendered = RenderedOverlay.of(overlay);
		List<String> routes = new ArrayList<>();
		for (Ingress ingress : rendered.all(Ingress.class)) {
			ingress.getSpec().getRules().forEach(rule -> {
				for (HTTPIngressPath path : rule.getHttp().getPaths()) {
					assertThat(path.getPathType()).isEqualTo("Prefix");
					routes.add(path.getPath() + " → " + path.getBackend().getService().getName() + ":"
							+ path.getBackend().getService().getPort().getName());
				}
			});
			assertThat(ingress.getSpec().getDefaultBackend()).as("no default backend").isNull();
		}

		assertThat(routes).containsExactlyInAnyOrder("/ → gateway:http", "/realms/ → keycloak:http",
				"/resources/ → keycloak:http");
		for (Service service : rendered.all(Service.class)) {
			assertThat(service.getSpec().getType()).as(service.getMetadata().getName())
				.isIn("ClusterIP", "ExternalName");
		}
	}

}
