package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * An overlay of {@code deploy/kubernetes/overlays/} as {@code kubectl apply -k} would
 * send it: rendered once per test run, read into typed objects
 * ({@link KubernetesObjects}).
 */
record RenderedOverlay(String name, List<HasMetadata> objects) {

	/** The parts of the platform: each runs as a Deployment of its own. */
	static final List<String> PARTS = List.of("gateway", "organisation-service", "referral-service",
			"vocational-service", "notification-service", "keycloak");

	/** The services behind the gateway, with the port each serves its API on. */
	static final Map<String, Integer> SERVICES = Map.of("organisation-service", 8081, "referral-service", 8082,
			"vocational-service", 8083, "notification-service", 8084);

	private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

	static RenderedOverlay of(String name) {
		return RENDERED.computeIfAbsent(name, overlay -> new RenderedOverlay(overlay, KubernetesObjects
			.read(Kustomize.render(ProjectRoot.find().resolve("deploy/kubernetes/overlays").resolve(overlay)))));
	}

	<T extends HasMetadata> List<T> all(Class<T> kind) {
		return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
	}

	<T extends HasMetadata> T named(Class<T> kind, String objectName) {
		List<T> found = all(kind).stream().filter(object -> object.getMetadata().getName().equals(objectName)).toList();
		assertThat(found).as("%s %s in the overlay %s", kind.getSimpleName(), objectName, name).hasSize(1);
		return found.get(0);
	}

	Deployment deployment(String part) {
		return named(Deployment.class, part);
	}

	/** The one container of a part's pods. */
	Container container(String part) {
		List<Container> containers = deployment(part).getSpec().getTemplate().getSpec().getContainers();
		assertThat(containers).as(part + "'s containers").hasSize(1);
		return containers.get(0);
	}

	Map<String, String> podLabels(String part) {
		return deployment(part).getSpec().getTemplate().getMetadata().getLabels();
	}

	/** A container port by number, or by the name a probe or a Service gives it. */
	int port(String part, IntOrString port) {
		if (port.getIntVal() != null) {
			return port.getIntVal();
		}
		return container(part).getPorts()
			.stream()
			.filter(candidate -> port.getStrVal().equals(candidate.getName()))
			.map(ContainerPort::getContainerPort)
			.findFirst()
			.orElseThrow(() -> new AssertionError(part + " has no port named " + port.getStrVal()));
	}

	Map<String, String> config() {
		return named(ConfigMap.class, "partner-network-config").getData();
	}

}
