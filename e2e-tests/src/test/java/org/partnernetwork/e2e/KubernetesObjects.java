package org.partnernetwork.e2e;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Kubernetes objects from YAML into fabric8's typed models of the Kubernetes API,
 * as strictly as the API server would: a kind without a model here, a value of the wrong
 * type, or a field the schema does not have (which fabric8 would keep aside among its
 * "additional properties") fails with the object and the field named.
 */
final class KubernetesObjects {

	private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.of("v1/Namespace", Namespace.class,
			"v1/ConfigMap", ConfigMap.class, "v1/Secret", Secret.class, "v1/Service", Service.class,
			"apps/v1/Deployment", Deployment.class, "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
			"autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
			"networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class, "networking.k8s.io/v1/Ingress", Ingress.class);

	/** "8080" is no number, 1 is no text: no coercion of one scalar into another. */
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.build();

	private KubernetesObjects() {
	}

	static List<HasMetadata> read(String yaml) {
		List<HasMetadata> objects = new ArrayList<>();
		for (Object document : new Yaml().loadAll(yaml)) {
			if (document != null) {
				objects.add(read((Map<?, ?>) document));
			}
		}
		return objects;
	}

	private static HasMetadata read(Map<?, ?> document) {
		String type = document.get("apiVersion") + "/" + document.get("kind");
		String name = type + " " + ((Map<?, ?>) document.get("metadata")).get("name");
		Class<? extends HasMetadata> model = MODELS.get(type);
		if (model == null) {
			throw new AssertionError(name + ": no Kubernetes model for this kind here; known: " + MODELS.keySet());
		}
		HasMetadata object;
		try {
			object = MAPPER.convertValue(document, model);
		}
		catch (RuntimeException ex) {
			throw new AssertionError(name + " does not fit the Kubernetes schema: " + ex.getMessage(), ex);
		}
		List<String> unknown = new ArrayList<>();
		collectUnknownFields(object, name, unknown);
		if (!unknown.isEmpty()) {
			throw new AssertionError("Fields the Kubernetes schema does not have: " + unknown);
		}
		return object;
	}

	private static void collectUnknownFields(Object value, String path, List<String> unknown) {
		if (value instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				collectUnknownFields(item, path + "[" + index++ + "]", unknown);
			}
		}
		else if (value instanceof Map<?, ?> entries) {
			entries.forEach((key, entry) -> collectUnknownFields(entry, path + "." + key, unknown));
		}
		else if (value != null && value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
			for (Method getter : value.getClass().getMethods()) {
				if (isProperty(getter)) {
					Object property = invoke(getter, value);
					if (getter.getName().equals("getAdditionalProperties")) {
						((Map<?, ?>) property).keySet().forEach(field -> unknown.add(path + "." + field));
					}
					else {
						String field = getter.getName().substring(3);
						collectUnknownFields(property,
								path + "." + Character.toLowerCase(field.charAt(0)) + field.substring(1), unknown);
					}
				}
			}
		}
	}

	private static boolean isProperty(Method method) {
		return method.getName().startsWith("get") && method.getParameterCount() == 0
				&& method.getDeclaringClass().getName().startsWith("io.fabric8.kubernetes.api.model.")
				&& !java.lang.reflect.Modifier.isStatic(method.getModifiers());
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Could not read " + getter, ex);
		}
	}

}
