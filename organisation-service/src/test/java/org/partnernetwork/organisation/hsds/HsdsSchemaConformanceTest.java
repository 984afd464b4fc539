package org.partnernetwork.organisation.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.ServiceIntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every HSDS answer for the whole demo directory — every page of both lists, every
 * organization and every service by id — against the official HSDS 3.0 schemas in
 * {@code src/test/resources/hsds-3.0} (copied unchanged). Each answer is checked against
 * the response schema that HSDA's {@code openapi.json} declares for its path, in the
 * dialect it declares ({@code jsonSchemaDialect}), with formats (uuid, email, uri,
 * date-time) asserted; the schemas' {@code $ref}s to the published compiled schemas
 * resolve to the copies. As those schemas allow any extra field, each answer is also
 * checked to use only fields the schemas declare.
 */
class HsdsSchemaConformanceTest extends ServiceIntegrationTest {

	private static final String SCHEMAS = "hsds-3.0/";

	private static final String PUBLISHED = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, JsonNode> documents = new HashMap<>();

	private static final SchemaRegistry registry = SchemaRegistry.withDefaultDialectId(
			document("openapi.json").get("jsonSchemaDialect").asString(),
			builder -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
				.schemaIdResolvers(resolvers -> resolvers.mapPrefix(PUBLISHED, "classpath:" + SCHEMAS)));

	@TestFactory
	Stream<DynamicTest> everyAnswerForTheWholeDirectoryConformsToHsds() {
		return crawl(DemoUser.SOPHEA).stream()
			.map(answer -> dynamicTest("GET " + answer.path() + " is HSDA " + answer.operation(), () -> {
				assertThat(answer.status()).as(answer.body()).isEqualTo(200);
				JsonNode body = JSON.readTree(answer.body());
				List<Error> errors = responseSchema(answer.operation()).validate(body);
				assertThat(errors).as("schema errors in %s", answer.path()).isEmpty();
				assertThat(undeclaredFields(responseNode(answer.operation()), body, "$"))
					.as("fields HSDS does not declare")
					.isEmpty();
			}));
	}

	@Test
	void shouldNeverPublishTheConfidentialShelterNotEvenToItsOwnOrganisation() {
		for (DemoUser reader : List.of(DemoUser.RITHY, DemoUser.SOPHEA, DemoUser.ADMIN_NETWORK)) {
			String everything = crawl(reader).stream().map(Answer::body).collect(Collectors.joining("\n"));

			assertThat(everything).as("HSDS as %s", reader)
				.doesNotContain("00000000-0000-4000-8000-00000000b004", "House 0, confidential street",
						"Mekong Youth Care shelter", "ទីជម្រក ការថែទាំយុវជនមេគង្គ")
				.contains("Mekong Youth Care", "Emergency and transitional shelter", "Phnom Penh");
		}
	}

	/**
	 * The set-up above would pass everything if a schema failed to load or a pointer led
	 * nowhere.
	 */
	@Test
	void shouldCatchAnAnswerThatBreaksHsds() {
		String token = issuer.tokenFor(DemoUser.SOPHEA);
		var service = (ObjectNode) JSON
			.readTree(api().get("/api/hsds/services/" + HsdsApiIntegrationTest.TDH_COUNSELLING, token).body());
		service.put("status", "open");
		service.remove("name");
		((ObjectNode) service.get("service_areas").get(0)).put("id", "KH-8");
		service.put("invented", true);
		var page = (ObjectNode) JSON.readTree(api().get("/api/hsds/organizations", token).body());
		page.put("total_pages", "one");
		((ObjectNode) page.get("contents").get(0)).put("website", "not a uri");

		assertThat(responseSchema("/services/{id}").validate(service)).extracting(Error::getKeyword)
			.containsExactlyInAnyOrder("enum", "required", "format");
		assertThat(responseSchema("/organizations").validate(page)).extracting(Error::getKeyword)
			.containsExactlyInAnyOrder("type", "format");
		assertThat(undeclaredFields(responseNode("/services/{id}"), service, "$")).containsExactly("$.invented");
	}

	/**
	 * Every page of both lists (two per page, so the paging is crawled too) and
	 * everything they list, by id.
	 */
	private List<Answer> crawl(DemoUser reader) {
		String token = issuer.tokenFor(reader);
		List<Answer> answers = new ArrayList<>();
		for (String list : List.of("/organizations", "/services")) {
			answers.add(get(list, list, token));
			boolean lastPage = false;
			for (int page = 1; !lastPage && page <= 20; page++) {
				Answer answer = get(list + "?per_page=2&page=" + page, list, token);
				answers.add(answer);
				JsonNode json = JSON.readTree(answer.body());
				for (JsonNode item : json.get("contents")) {
					answers.add(get(list + "/" + item.get("id").asString(), list + "/{id}", token));
				}
				lastPage = json.get("last_page").asBoolean();
			}
		}
		return answers;
	}

	private Answer get(String path, String operation, String token) {
		Response response = api().get("/api/hsds" + path, token);
		return new Answer(path, operation, response.status(), response.body());
	}

	private record Answer(String path, String operation, int status, String body) {
	}

	/**
	 * The 200 response schema that HSDA's openapi.json gives for a path such as
	 * {@code /services/{id}}.
	 */
	private static Schema responseSchema(String operation) {
		return registry
			.getSchema(SchemaLocation.of("classpath:" + SCHEMAS + "openapi.json#" + responsePointer(operation)));
	}

	private static JsonNode responseNode(String operation) {
		return document("openapi.json").at(responsePointer(operation));
	}

	private static String responsePointer(String operation) {
		return "/paths/" + operation.replace("/", "~1") + "/get/responses/200/content/application~1json/schema";
	}

	/**
	 * Fields of the answer that the schema, followed through properties, items, allOf and
	 * $ref, does not name.
	 */
	private static List<String> undeclaredFields(JsonNode schema, JsonNode instance, String path) {
		List<String> undeclared = new ArrayList<>();
		Map<String, JsonNode> declared = properties(schema);
		if (instance.isObject()) {
			for (var field : instance.properties()) {
				JsonNode property = declared.get(field.getKey());
				if (property == null) {
					undeclared.add(path + "." + field.getKey());
				}
				else {
					undeclared.addAll(undeclaredFields(property, field.getValue(), path + "." + field.getKey()));
				}
			}
		}
		else if (instance.isArray()) {
			JsonNode items = resolve(schema).get("items");
			for (int i = 0; i < instance.size(); i++) {
				undeclared.addAll(undeclaredFields(items, instance.get(i), path + "[" + i + "]"));
			}
		}
		return undeclared;
	}

	private static Map<String, JsonNode> properties(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		Map<String, JsonNode> properties = new HashMap<>();
		resolved.path("allOf").forEach(part -> properties.putAll(properties(part)));
		resolved.path("properties").properties().forEach(entry -> properties.put(entry.getKey(), entry.getValue()));
		return properties;
	}

	private static JsonNode resolve(JsonNode schema) {
		if (!schema.has("$ref")) {
			return schema;
		}
		String ref = schema.get("$ref").asString();
		return ref.startsWith("#") ? document("openapi.json").at(ref.substring(1))
				: document(ref.substring(PUBLISHED.length()));
	}

	private static synchronized JsonNode document(String name) {
		return documents.computeIfAbsent(name, file -> {
			try (InputStream in = HsdsSchemaConformanceTest.class.getResourceAsStream("/" + SCHEMAS + file)) {
				return JSON.readTree(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
