package org.partnernetwork.e2e;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.partnernetwork.launcher.PlatformUrls;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

/**
 * Every operation the three services publish in their OpenAPI documents, read from each
 * service's own port (the gateway does not route {@code /v3/api-docs}). A test that walks
 * these cannot miss an endpoint added later.
 */
final class OpenApiOperations {

	private OpenApiOperations() {
	}

	/** One method on one path, e.g. {@code PUT /api/openings/{id}}. */
	record Operation(String service, String method, String path, JsonNode spec, Set<String> bodyProperties) {

		String key() {
			return method + " " + path;
		}

		boolean hasPathParameters() {
			return path.contains("{");
		}

		boolean isInternal() {
			return path.startsWith("/internal/");
		}

		boolean takesQueryParameter(String name) {
			return parameters().stream()
				.anyMatch(parameter -> parameter.get("in").asString().equals("query")
						&& parameter.get("name").asString().equals(name));
		}

		boolean takesJsonBody() {
			JsonNode body = spec.get("requestBody");
			return body != null && body.get("content").has("application/json");
		}

		private List<JsonNode> parameters() {
			JsonNode parameters = spec.get("parameters");
			return parameters == null ? List.of() : StreamSupport.stream(parameters.spliterator(), false).toList();
		}

		@Override
		public String toString() {
			return key();
		}
	}

	static List<Operation> all() {
		PlatformUrls urls = RunningPlatform.urls();
		List<Operation> operations = new ArrayList<>();
		for (var service : Map
			.of("organisation-service", urls.organisationService(), "referral-service", urls.referralService(),
					"vocational-service", urls.vocationalService())
			.entrySet()) {
			Response document = new HttpApi(service.getValue()).get("/v3/api-docs", null);
			if (document.status() != 200) {
				throw new IllegalStateException(
						service.getKey() + " answered " + document.status() + " for /v3/api-docs");
			}
			for (var path : document.json().get("paths").properties()) {
				for (var method : path.getValue().properties()) {
					operations.add(new Operation(service.getKey(), method.getKey().toUpperCase(), path.getKey(),
							method.getValue(), bodyProperties(method.getValue(), document.json())));
				}
			}
		}
		operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
		return operations;
	}

	/**
	 * The top-level properties of the operation's JSON body, as its schema declares them.
	 */
	private static Set<String> bodyProperties(JsonNode operation, JsonNode document) {
		JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
		if (schema.isMissingNode()) {
			return Set.of();
		}
		if (schema.has("$ref")) {
			schema = document.at(schema.get("$ref").asString().substring(1));
		}
		JsonNode properties = schema.get("properties");
		return properties == null ? Set.of() : Set.copyOf(properties.propertyNames());
	}

}
