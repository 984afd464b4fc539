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

	/**
	 * Bytes that are not UTF-8: a lone surrogate, a stray continuation, an overlong
	 * slash, cut-off sequences.
	 */
	static final List<String> NOT_UTF8 = List.of("%ED%A0%80", "%FF", "%C0%AF", "%80", "%E2%82", "%F4%90%80%80",
			"%F8%88%80%80%80", "%C3", "%", "%G1", "%2", "%E0%80%80");

	static final List<String> UNUSABLE_CONTENT_TYPES = List.of("*/*", "application/*", "*/json", "a", ";;",
			"application/json;charset=nope", "application/json; charset=\"", "multipart/form-data",
			"multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/plain", "application/xml",
			"image/png", "application/json;;;", "application/json; charset=utf-16");

	static final List<String> ODD_PATHS = List.of("/api/%2e%2e/api/referrals", "/api/x;y", "//api/referrals",
			"/api/referrals/%2F", "/api/referrals/%5C", "/api/referrals/%00", "/api/referrals/..;/x", "/%ED%A0%80",
			"/api/referrals/%ED%A0%80", "/error", "/api/referrals/%25", "/api/./referrals", "/api/referrals/%0d%0a",
			"/api/" + "a".repeat(9000), "/actuator/env", "/actuator/heapdump", "/api/referrals?%=",
			"/api/%C0%AE%C0%AE/x", "/internal/../api/referrals", "/api/referrals#x");

	static final List<String> ODD_METHODS = List.of("TRACE", "FOO", "PROPFIND", "PATCH", "DELETE", "OPTIONS", "HEAD");

	static final List<Map<String, String>> ODD_HEADERS = List.of(Map.of("Accept", "nonsense"),
			Map.of("Accept", "text/html"), Map.of("Accept", "application/xml"), Map.of("Accept", "*/*;q=x"),
			Map.of("Accept", "image/png"), Map.of("Accept-Language", "%%%;q=x"), Map.of("Accept-Language", "km;q=2"),
			Map.of("Accept-Language", "x".repeat(2000)), Map.of("X-Forwarded-For", "not-an-address"),
			Map.of("Content-Length", "-1"), Map.of("Range", "bytes=9999999-"), Map.of("If-None-Match", "\"x\""));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonNode document;

	private final String marker;

	private final Random random;

	private final AtomicInteger counter = new AtomicInteger();

	private HostileRequests(JsonNode document, String marker, long seed) {
		this.document = document;
		this.marker = marker;
		this.random = new Random(seed);
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
				for (String odd : ODD_METHODS) {
					probes.add(new Probe("method", odd, target, Map.of(), null, Expect.CLIENT_ERROR, null));
				}
				for (Map<String, String> headers : ODD_HEADERS) {
					probes.add(new Probe("header", method, target, headers, method.equals("GET") ? null : "{}",
							Expect.CLIENT_ERROR, null));
				}
			}
		}
		for (String path : ODD_PATHS) {
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
		probes.add(new Probe("query-encoding", method, target + "?" + NOT_UTF8.get(0) + "=1", Map.of(), null,
				Expect.MALFORMED_QUERY, null));
		for (JsonNode parameter : parameters) {
			String name = parameter.get("name").asString();
			String others = requiredOthers(parameters, name);
			List<String> notUtf8 = new ArrayList<>(NOT_UTF8);
			for (int i = 0; i < 8; i++) {
				notUtf8.add(randomNotUtf8());
			}
			for (String bytes : notUtf8) {
				probes.add(new Probe("query-encoding", method, target + "?" + others + name + "=" + text() + bytes,
						Map.of(), null, Expect.MALFORMED_QUERY, null));
			}
			for (String value : wrongQueryValues(resolve(parameter.path("schema")))) {
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
			JsonNode schema = resolve(parameter.path("schema"));
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
		List<String> types = new ArrayList<>(UNUSABLE_CONTENT_TYPES);
		for (int i = 0; i < 10; i++) {
			types.add(randomUnusableType());
		}
		for (String type : types) {
			probes.add(new Probe("content-type", method, target, headers(type), "{\"x\": \"" + text() + "\"}",
					Expect.UNSUPPORTED_MEDIA_TYPE, null));
		}
		fields(resolve(schema), "", 0, (field, wrong) -> {
			probes.add(new Probe("body-field", method, target, json, nest(field, wrong).toString(),
					Expect.BAD_REQUEST_NAMING_FIELD, field));
		});
	}

	/**
	 * A percent-encoded byte sequence that is not UTF-8: a stray continuation byte, a
	 * lead byte cut off, an overlong form, a surrogate, a code point above U+10FFFF, or a
	 * byte UTF-8 never uses.
	 */
	private String randomNotUtf8() {
		int continuation = 0x80 + random.nextInt(0x40);
		return switch (random.nextInt(6)) {
			case 0 -> hex(continuation);
			case 1 -> hex(0xC2 + random.nextInt(0x1E)) + (random.nextBoolean() ? "" : "%41");
			case 2 -> hex(0xC0 + random.nextInt(2)) + hex(continuation);
			case 3 -> "%ED" + hex(0xA0 + random.nextInt(0x20)) + hex(continuation);
			case 4 -> "%F4" + hex(0x90 + random.nextInt(0x30)) + hex(continuation) + hex(continuation);
			default -> hex(0xF8 + random.nextInt(8));
		};
	}

	private static String hex(int value) {
		return String.format("%%%02X", value);
	}

	/**
	 * A Content-Type that names no type the API reads: a wildcard, a made-up charset, a
	 * form, garbage.
	 */
	private String randomUnusableType() {
		List<String> types = List.of("*", "application", "multipart", "text", "x");
		List<String> subtypes = List.of("*", "form-data", "x-www-form-urlencoded", "json;charset=" + text(), "??", "");
		return types.get(random.nextInt(types.size())) + "/" + subtypes.get(random.nextInt(subtypes.size()));
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
			JsonNode propertySchema = resolve(property.getValue());
			for (JsonNode wrong : wrongValues(propertySchema)) {
				probe.accept(field, wrong);
			}
			if (depth < 3 && propertySchema.has("properties")) {
				fields(propertySchema, field, depth + 1, probe);
			}
		}
	}

	/**
	 * Values that are not of the schema's type, or not one of its codes, or not a
	 * plausible date.
	 */
	private List<JsonNode> wrongValues(JsonNode schema) {
		List<JsonNode> wrong = new ArrayList<>();
		JsonNode codes = schema.path("enum");
		String type = type(schema);
		String format = schema.path("format").asString("");
		if (codes.isArray() && !codes.isEmpty()) {
			String code = codes.get(0).asString();
			wrong.addAll(List.of(NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(-1), NODES.numberNode(1.5),
					NODES.booleanNode(true), NODES.stringNode(code + " "), NODES.stringNode(" " + code),
					NODES.stringNode(code + "\t"),
					NODES.stringNode(code.toLowerCase(Locale.ROOT).equals(code) ? code.toUpperCase(Locale.ROOT)
							: code.toLowerCase(Locale.ROOT)),
					NODES.stringNode(""), NODES.stringNode("0"), NODES.stringNode(text()), NODES.arrayNode().add(code),
					NODES.objectNode().put("code", code)));
		}
		else if (type.equals("integer")) {
			wrong.addAll(List.of(NODES.numberNode(12.9), NODES.numberNode(12.0), NODES.numberNode(1e3),
					NODES.stringNode("12"), NODES.stringNode(text()), NODES.booleanNode(true),
					NODES.numberNode(new java.math.BigInteger("99999999999999999999")), NODES.arrayNode().add(1)));
		}
		else if (type.equals("number")) {
			wrong.addAll(List.of(NODES.stringNode("12"), NODES.stringNode(text()), NODES.booleanNode(true),
					NODES.arrayNode().add(1)));
		}
		else if (type.equals("boolean")) {
			wrong.addAll(List.of(NODES.numberNode(1), NODES.numberNode(0), NODES.stringNode("true"),
					NODES.stringNode("yes"), NODES.stringNode(text()), NODES.arrayNode().add(true)));
		}
		else if (type.equals("string") && (format.equals("date-time") || format.equals("date"))) {
			boolean time = format.equals("date-time");
			wrong.addAll(List.of(NODES.stringNode(time ? "+999999999-01-01T00:00:00Z" : "+999999999-01-01"),
					NODES.stringNode(time ? "1899-12-31T23:59:59Z" : "1899-12-31"),
					NODES.stringNode(time ? "2100-01-01T00:00:00Z" : "2100-01-01"),
					NODES.stringNode(time ? "0000-01-01T00:00:00Z" : "0000-01-01"),
					NODES.stringNode(time ? "2026-02-30T00:00:00Z" : "2026-02-30"), NODES.numberNode(1764547200),
					NODES.stringNode(text()), NODES.booleanNode(true)));
		}
		else if (type.equals("string")) {
			wrong.addAll(List.of(NODES.numberNode(1), NODES.numberNode(12.5), NODES.booleanNode(false),
					NODES.arrayNode().add(text()), NODES.objectNode().put("text", text())));
		}
		else if (type.equals("array")) {
			wrong.addAll(List.of(NODES.stringNode(text()), NODES.numberNode(1), NODES.objectNode()));
			for (JsonNode item : wrongValues(resolve(schema.path("items")))) {
				if (!item.isArray()) {
					wrong.add(NODES.arrayNode().add(item));
				}
			}
		}
		else if (type.equals("object")) {
			wrong.addAll(
					List.of(NODES.numberNode(1), NODES.stringNode(text()), NODES.booleanNode(true), NODES.arrayNode()));
		}
		return wrong;
	}

	private List<String> wrongQueryValues(JsonNode schema) {
		String type = type(schema);
		if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
			String code = schema.path("enum").get(0).asString();
			return List.of("%20" + code, code + "%20", "0", "1", text());
		}
		if (type.equals("array")) {
			return wrongQueryValues(resolve(schema.path("items")));
		}
		return switch (type + "/" + schema.path("format").asString("")) {
			case "integer/int32", "integer/int64", "integer/" ->
				List.of("1.5", "1e3", "12.0", text(), "99999999999999999999", "0x10");
			case "string/date-time" -> List.of("%2B999999999-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
					"2100-01-01T00:00:00Z", "2026-02-30T00:00:00Z", text());
			case "string/date" -> List.of("%2B999999999-01-01", "1899-12-31", "2100-01-01", "2026-02-30", text());
			case "string/uuid" -> List.of(text(), "1");
			case "boolean/" -> List.of("1", "yes", text());
			default -> List.of();
		};
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!each.asString().equals("null")) {
					return each.asString();
				}
			}
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : "";
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		for (int i = 0; i < 5 && resolved.has("$ref"); i++) {
			resolved = document.at(resolved.get("$ref").asString().substring(1));
		}
		if (resolved.has("allOf") && resolved.get("allOf").size() == 1) {
			return resolve(resolved.get("allOf").get(0));
		}
		return resolved;
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
			JsonNode codes = resolve(parameter.path("schema")).path("enum");
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
