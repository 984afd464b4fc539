package org.partnernetwork.testsupport;

import tools.jackson.databind.JsonNode;

/** The schemas of an OpenAPI document, with references followed. */
final class ApiSchemas {

	private final JsonNode document;

	ApiSchemas(JsonNode document) {
		this.document = document;
	}

	JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		for (int i = 0; i < 5 && resolved.has("$ref"); i++) {
			resolved = document.at(resolved.get("$ref").asString().substring(1));
		}
		if (resolved.has("allOf") && resolved.get("allOf").size() == 1) {
			return resolve(resolved.get("allOf").get(0));
		}
		return resolved;
	}

	/**
	 * The schema's type, {@code object} for one with properties, empty when it has none.
	 */
	static String type(JsonNode schema) {
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

}
