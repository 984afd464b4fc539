package org.partnernetwork.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * For a field or parameter of a schema, the values of another shape a partner system's
 * bug could send: numbers, spaced or other-case spellings for a choice; fractions, texts
 * and overflows for a whole number; numbers for a text; implausible or impossible dates.
 * Texts carry a marker.
 */
final class WrongValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final ApiSchemas schemas;

	private final Supplier<String> marked;

	WrongValues(ApiSchemas schemas, Supplier<String> marked) {
		this.schemas = schemas;
		this.marked = marked;
	}

	/**
	 * Values that are not of the schema's type, or not one of its codes, or not a
	 * plausible date.
	 */
	List<JsonNode> inBody(JsonNode schema) {
		List<JsonNode> wrong = new ArrayList<>();
		JsonNode codes = schema.path("enum");
		String type = ApiSchemas.type(schema);
		String format = schema.path("format").asString("");
		if (codes.isArray() && !codes.isEmpty()) {
			String code = codes.get(0).asString();
			wrong.addAll(List.of(NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(-1), NODES.numberNode(1.5),
					NODES.booleanNode(true), NODES.stringNode(code + " "), NODES.stringNode(" " + code),
					NODES.stringNode(code + "\t"),
					NODES.stringNode(code.toLowerCase(Locale.ROOT).equals(code) ? code.toUpperCase(Locale.ROOT)
							: code.toLowerCase(Locale.ROOT)),
					NODES.stringNode(""), NODES.stringNode("0"), NODES.stringNode(marked.get()),
					NODES.arrayNode().add(code), NODES.objectNode().put("code", code)));
		}
		else if (type.equals("integer")) {
			wrong.addAll(List.of(NODES.numberNode(12.9), NODES.numberNode(12.0), NODES.numberNode(1e3),
					NODES.stringNode("12"), NODES.stringNode(marked.get()), NODES.booleanNode(true),
					NODES.numberNode(new java.math.BigInteger("99999999999999999999")), NODES.arrayNode().add(1)));
		}
		else if (type.equals("number")) {
			wrong.addAll(List.of(NODES.stringNode("12"), NODES.stringNode(marked.get()), NODES.booleanNode(true),
					NODES.arrayNode().add(1)));
		}
		else if (type.equals("boolean")) {
			wrong.addAll(List.of(NODES.numberNode(1), NODES.numberNode(0), NODES.stringNode("true"),
					NODES.stringNode("yes"), NODES.stringNode(marked.get()), NODES.arrayNode().add(true)));
		}
		else if (type.equals("string") && (format.equals("date-time") || format.equals("date"))) {
			boolean time = format.equals("date-time");
			wrong.addAll(List.of(NODES.stringNode(time ? "+999999999-01-01T00:00:00Z" : "+999999999-01-01"),
					NODES.stringNode(time ? "1899-12-31T23:59:59Z" : "1899-12-31"),
					NODES.stringNode(time ? "2100-01-01T00:00:00Z" : "2100-01-01"),
					NODES.stringNode(time ? "0000-01-01T00:00:00Z" : "0000-01-01"),
					NODES.stringNode(time ? "2026-02-30T00:00:00Z" : "2026-02-30"), NODES.numberNode(1764547200),
					NODES.stringNode(marked.get()), NODES.booleanNode(true)));
		}
		else if (type.equals("string")) {
			wrong.addAll(List.of(NODES.numberNode(1), NODES.numberNode(12.5), NODES.booleanNode(false),
					NODES.arrayNode().add(marked.get()), NODES.objectNode().put("text", marked.get())));
		}
		else if (type.equals("array")) {
			wrong.addAll(List.of(NODES.stringNode(marked.get()), NODES.numberNode(1), NODES.objectNode()));
			for (JsonNode item : inBody(schemas.resolve(schema.path("items")))) {
				if (!item.isArray()) {
					wrong.add(NODES.arrayNode().add(item));
				}
			}
		}
		else if (type.equals("object")) {
			wrong.addAll(List.of(NODES.numberNode(1), NODES.stringNode(marked.get()), NODES.booleanNode(true),
					NODES.arrayNode()));
		}
		return wrong;
	}

	List<String> inQuery(JsonNode schema) {
		String type = ApiSchemas.type(schema);
		if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
			String code = schema.path("enum").get(0).asString();
			return List.of("%20" + code, code + "%20", "0", "1", marked.get());
		}
		if (type.equals("array")) {
			return inQuery(schemas.resolve(schema.path("items")));
		}
		return switch (type + "/" + schema.path("format").asString("")) {
			case "integer/int32", "integer/int64", "integer/" ->
				List.of("1.5", "1e3", "12.0", marked.get(), "99999999999999999999", "0x10");
			case "string/date-time" -> List.of("%2B999999999-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
					"2100-01-01T00:00:00Z", "2026-02-30T00:00:00Z", marked.get());
			case "string/date" -> List.of("%2B999999999-01-01", "1899-12-31", "2100-01-01", "2026-02-30", marked.get());
			case "string/uuid" -> List.of(marked.get(), "1");
			case "boolean/" -> List.of("1", "yes", marked.get());
			default -> List.of();
		};
	}

}
