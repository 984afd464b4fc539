package org.partnernetwork.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile requests generated from a service's OpenAPI document, for every operation it
 * publishes: each query parameter with bytes that are not UTF-8 and values not of its
 * type; each body field, however deep, with a value of another shape (a number for a
 * choice, a choice with a space, a fraction for a whole number, a text for a flag, a year
 * 999999999); each body with an unusable {@code Content-Type}; odd paths, methods and
 * headers. Text values carry a marker, so a test can look for them in the logs
 * afterwards.
 */
public final class HostileRequests {

	/**
	 * Where the answer must be exactly a 400 naming the field, a 415, or just any 4xx
	 * Problem Details.
	 */
	public enum Expect {

		BAD_REQUEST_NAMING_FIELD, MALFORMED_QUERY, UNSUPPORTED_MEDIA_TYPE, CLIENT_ERROR

	}

	/**
	 * One request and what its answer must be; {@code field} is the field or parameter to
	 * be named.
	 */
	public record Probe(String kind, String method, String target, Map<String, String> headers, String body,
			Expect expect, String field) {

		public byte[] bodyBytes() {
			return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			String shown = target.length() > 100 ? target.substring(0, 100) + "…" : target;
			return kind + " " + method + " " + shown + (body == null ? "" : " " + abbreviate(body))
					+ (field == null ? "" : " [" + field + "]");
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonNode document;

	private final ApiSchemas schemas;

	private final WrongValues wrongValues;

	private final HostileBytes bytes;

	private final String marker;

	private final Random random;

	private final AtomicInteger counter = new AtomicInteger();

	private HostileRequests(JsonNode document, String marker, long seed) {
		this.document = document;
		this.marker = marker;
		this.random = new Random(seed);
		this.schemas = new ApiSchemas(document);
		this.wrongValues = new WrongValues(schemas, this::text);
		this.bytes = new HostileBytes(random, this::text);
	}

	/**
	 * Every probe for the operations of this OpenAPI document; text values start with
	 * {@code marker}.
	 */
	public static List<Probe> forDocument(JsonNode openApi, String marker, long seed) {
		return new HostileRequests(openApi, marker, seed).all();
	}

	private List<Probe> all() {
		List<Probe> probes = new ArrayList<>();
		for (var path : document.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase(Locale.ROOT);
				String target = fill(path.getKey(), operation.getValue());
				JsonNode spec = operation.getValue();
				queryProbes(probes, method, target, spec);
				bodyProbes(probes, method, target, spec);
				for (String odd : HostileBytes.ODD_METHODS) {
					probes.add(new Probe("method", odd, target, Map.of(), null, Expect.CLIENT_ERROR, null));
				}
				for (Map<String, String> headers : HostileBytes.ODD_HEADERS) {
					probes.add(new Probe("header", method, target, headers, method.equals("GET") ? null : "{}",
							Expect.CLIENT_ERROR, null));
				}
			}
		}
		for (String path : HostileBytes.ODD_PATHS) {
			for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
				probes.add(new Probe("path", method, path, Map.of("Content-Type", "application/json"),
						method.equals("GET") ? null : "{}", Expect.CLIENT_ERROR, null));
			}
		}
		return probes;
	}

	private void queryProbes(List<Probe> probes, String method, String target, JsonNode spec) {
		if (!method.equals("GET")) {
			return;
		}
		List<JsonNode> parameters = new ArrayList<>();
		spec.path("parameters").forEach(parameter -> {
			if (parameter.path("in").asString("").equals("query")) {
				parameters.add(parameter);
			}
		});
		probes.add(new Probe("query-encoding", method, target + "?" + HostileBytes.NOT_UTF8.get(0) + "=1", Map.of(),
				null, Expect.MALFORMED_QUERY, null));
		for (JsonNode parameter : parameters) {
			String name = parameter.get("name").asString();
			String others = requiredOthers(parameters, name);
			List<String> notUtf8 = new ArrayList<>(HostileBytes.NOT_UTF8);
			for (int i = 0; i < 8; i++) {
				notUtf8.add(bytes.randomNotUtf8());
			}
			for (String bytes : notUtf8) {
				probes.add(new Probe("query-encoding", method, target + "?" + others + name + "=" + text() + bytes,
						Map.of(), null, Expect.MALFORMED_QUERY, null));
			}
			for (String value : wrongValues.inQuery(schemas.resolve(parameter.path("schema")))) {
				probes.add(new Probe("query-value", method, target + "?" + others + name + "=" + value, Map.of(), null,
						Expect.BAD_REQUEST_NAMING_FIELD, name));
			}
		}
	}

	/**
	 * The operation's other required parameters, each with its first code or its default:
	 * {@code box=incoming&}.
	 */
	private String requiredOthers(List<JsonNode> parameters, String except) {
		StringBuilder query = new StringBuilder();
		for (JsonNode parameter : parameters) {
			String name = parameter.get("name").asString();
			JsonNode schema = schemas.resolve(parameter.path("schema"));
			if (name.equals(except) || !parameter.path("required").asBoolean(false)) {
				continue;
			}
			JsonNode value = schema.path("enum").isArray() ? schema.path("enum").path(0) : schema.path("default");
			query.append(name).append('=').append(value.isMissingNode() ? "" : value.asString()).append('&');
		}
		return query.toString();
	}

	private void bodyProbes(List<Probe> probes, String method, String target, JsonNode spec) {
		JsonNode schema = spec.at("/requestBody/content/application~1json/schema");
		if (schema.isMissingNode()) {
			return;
		}
		Map<String, String> json = headers("application/json");
		List<String> types = new ArrayList<>(HostileBytes.UNUSABLE_CONTENT_TYPES);
		for (int i = 0; i < 10; i++) {
			types.add(bytes.randomUnusableType());
		}
		for (String type : types) {
			probes.add(new Probe("content-type", method, target, headers(type), "{\"x\": \"" + text() + "\"}",
					Expect.UNSUPPORTED_MEDIA_TYPE, null));
		}
		fields(schemas.resolve(schema), "", 0, (field, wrong) -> {
			probes.add(new Probe("body-field", method, target, json, nest(field, wrong).toString(),
					Expect.BAD_REQUEST_NAMING_FIELD, field));
		});
	}

	private Map<String, String> headers(String contentType) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", contentType);
		headers.put("Idempotency-Key", UUID.randomUUID().toString());
		return headers;
	}

	private interface FieldProbe {

		void accept(String field, JsonNode wrong);

	}

	/**
	 * Each property of an object schema, and of the objects and lists inside it, with its
	 * wrong values.
	 */
	private void fields(JsonNode schema, String prefix, int depth, FieldProbe probe) {
		JsonNode properties = schema.path("properties");
		for (var property : properties.properties()) {
			String field = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
			JsonNode propertySchema = schemas.resolve(property.getValue());
			for (JsonNode wrong : wrongValues.inBody(propertySchema)) {
				probe.accept(field, wrong);
			}
			if (depth < 3 && propertySchema.has("properties")) {
				fields(propertySchema, field, depth + 1, probe);
			}
		}
	}

	/** {@code {"a": {"b": wrong}}} for the field {@code a.b}. */
	private static ObjectNode nest(String field, JsonNode wrong) {
		String[] names = field.split("\\.");
		ObjectNode root = NODES.objectNode();
		ObjectNode at = root;
		for (int i = 0; i < names.length - 1; i++) {
			at = at.putObject(names[i]);
		}
		at.set(names[names.length - 1], wrong);
		return root;
	}

	/**
	 * The path with each variable filled: a code it allows, {@code aple} for a slug,
	 * otherwise an unknown id.
	 */
	private String fill(String template, JsonNode spec) {
		String path = template;
		for (JsonNode parameter : spec.path("parameters")) {
			JsonNode codes = schemas.resolve(parameter.path("schema")).path("enum");
			if (parameter.path("in").asString("").equals("path") && codes.isArray() && !codes.isEmpty()) {
				path = path.replace("{" + parameter.get("name").asString() + "}", codes.get(0).asString());
			}
		}
		return path.replaceAll("\\{[^}]*slug[^}]*}", "aple")
			.replaceAll("\\{[^}]+}", new UUID(random.nextLong(), random.nextLong()).toString());
	}

	/** A marked text: found in a log, it shows what a client sent was written there. */
	private String text() {
		return marker + counter.incrementAndGet();
	}

	private static String abbreviate(String text) {
		return text.length() > 80 ? text.substring(0, 80) + "…" : text;
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
