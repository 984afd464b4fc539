package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.partnernetwork.e2e.OpenApiOperations.Operation;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property-level protection, generated from the OpenAPI documents: every POST, PUT or PATCH with a JSON
 * body is sent by a caller entitled to it, with a valid body plus one field the platform owns — status,
 * the owning organisation, sender or receiver, creator, version, id. Each is refused with 400 Problem
 * Details naming the field, and nothing changes. Where the schema itself declares {@code version} (the
 * optimistic lock of an edit) a version the client makes up is refused too: 400 when creating, 409 when
 * editing. An operation without a fixture fails by name.
 */
class ProtectedFieldsEndToEndTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The fields the platform owns, with a value an attacker would like to set. */
	private static final Map<String, Object> OWNED_FIELDS = owned();

	private static final PatientGateway gateway = new PatientGateway();

	private static AccessResources made;

	private static Map<String, Write> writes;

	/** An entitled caller's valid write, and where its effect would show. */
	record Write(String caller, String path, String body, String stateReader, String statePath) {
	}

	@BeforeAll
	static void makeResources() {
		made = new AccessResources(gateway);
		writes = writes(made);
	}

	@AfterAll
	static void closeOpening() {
		made.close();
	}

	@TestFactory
	Stream<DynamicTest> shouldRefuseEveryFieldThePlatformOwnsAndChangeNothing() {
		return OpenApiOperations.all().stream()
			.filter(operation -> operation.takesJsonBody() && !operation.isInternal()
					&& List.of("POST", "PUT", "PATCH").contains(operation.method()))
			.map(operation -> DynamicTest.dynamicTest(operation.key(), () -> check(operation)));
	}

	private static void check(Operation operation) {
		Write write = writes.get(operation.key());
		if (write == null) {
			fail("No protected-field fixture for %s (%s): add one naming an entitled caller and a valid body",
					operation, operation.service());
		}
		for (var owned : OWNED_FIELDS.entrySet()) {
			String field = owned.getKey();
			String before = state(write);
			if (operation.bodyProperties().contains(field)) {
				assertThat(field).as("%s declares a field the platform owns", operation).isEqualTo("version");
				Response answer = gateway.send(operation.method(), write.path(), Callers.token(write.caller()),
						with(write.body(), field, 1_000_000L));
				if (operation.method().equals("POST")) {
					assertNamesField(answer, operation, field);
				}
				else {
					assertProblem(answer, 409, "concurrent-update");
				}
			}
			else {
				assertNamesField(gateway.send(operation.method(), write.path(), Callers.token(write.caller()),
						with(write.body(), field, owned.getValue())), operation, field);
			}
			assertThat(state(write)).as("%s with %s changed nothing", operation, field).isEqualTo(before);
		}
	}

	private static void assertNamesField(Response answer, Operation operation, String field) {
		assertThat(answer.status()).as("%s with %s: %s", operation, field, answer.body()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").findValuesAsString("field")).as("%s names the field", operation)
			.contains(field);
	}

	private static String state(Write write) {
		Response read = gateway.get(write.statePath(), Callers.token(write.stateReader()));
		assertThat(read.status()).as("%s: %s", write.statePath(), read.body()).isEqualTo(200);
		return read.body();
	}

	private static String with(String body, String field, Object value) {
		ObjectNode json = (ObjectNode) JSON.readTree(body == null ? "{}" : body);
		json.putPOJO(field, value);
		return JSON.writeValueAsString(json);
	}

	private static Map<String, Object> owned() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("id", UUID.randomUUID().toString());
		fields.put("status", "ACCEPTED");
		fields.put("organisation", "mekong-youth");
		fields.put("organisationId", "00000000-0000-4000-8000-00000000a004");
		fields.put("sender", "mekong-youth");
		fields.put("senderOrganisation", "mekong-youth");
		fields.put("receiver", "mekong-youth");
		fields.put("centre", "mekong-youth");
		fields.put("createdBy", "rithy.myc");
		fields.put("version", 1_000_000L);
		return fields;
	}

	private static Map<String, Write> writes(AccessResources made) {
		String tdh = "/api/organisations/tdh-nl";
		JsonNode entry = gateway.get(tdh, Callers.token(Callers.TDH_ADMIN)).json();
		JsonNode service = entry.get("services").get(0);
		JsonNode location = entry.get("locations").get(0);
		Map<String, Write> writes = new LinkedHashMap<>();
		writes.put("POST /api/organisations", new Write(Callers.ADMIN, "/api/organisations",
				"{\"slug\": \"e2e-never-onboarded\", \"name\": {\"en\": \"Never onboarded\"}}", Callers.ADMIN,
				"/api/organisations?size=100"));
		writes.put("PUT /api/organisations/{slug}", new Write(Callers.TDH_ADMIN, tdh,
				"{\"name\": " + entry.get("name") + ", \"version\": " + entry.get("version") + "}", Callers.TDH_ADMIN, tdh));
		writes.put("POST /api/organisations/{slug}/services", new Write(Callers.TDH_ADMIN, tdh + "/services",
				JSON.writeValueAsString(editable(service, false)), Callers.TDH_ADMIN, tdh));
		writes.put("PUT /api/organisations/{slug}/services/{id}", new Write(Callers.TDH_ADMIN,
				tdh + "/services/" + service.get("id").asString(), JSON.writeValueAsString(editable(service, true)),
				Callers.TDH_ADMIN, tdh));
		writes.put("POST /api/organisations/{slug}/locations", new Write(Callers.TDH_ADMIN, tdh + "/locations",
				"{\"name\": {\"en\": \"Field office\"}, \"province\": \"KH-12\", \"confidential\": false}",
				Callers.TDH_ADMIN, tdh));
		writes.put("PUT /api/organisations/{slug}/locations/{id}", new Write(Callers.TDH_ADMIN,
				tdh + "/locations/" + location.get("id").asString(),
				"{\"name\": " + location.get("name") + ", \"province\": \"" + location.get("province").asString()
						+ "\", \"confidential\": " + location.get("confidential") + ", \"version\": "
						+ location.get("version") + "}", Callers.TDH_ADMIN, tdh));
		String referral = "/api/referrals/" + made.apleToTdh;
		writes.put("POST /api/referrals", new Write(Callers.SOPHEA, "/api/referrals",
				AccessResources.referralBody("tdh-nl", "psychosocial-counselling", true), Callers.SOPHEA,
				"/api/referrals?box=outgoing&size=1"));
		writes.put("POST /api/referrals/{id}/{action}", new Write(Callers.DARA, referral + "/accept", "{}",
				Callers.SOPHEA, referral));
		writes.put("POST /api/referrals/{id}/notes", new Write(Callers.DARA, referral + "/notes",
				"{\"text\": \"" + ChildTexts.remember("Protected-field test note " + System.nanoTime()) + "\"}",
				Callers.SOPHEA, referral));
		writes.put("PUT /api/referrals/{id}/consent", new Write(Callers.SOPHEA, "/api/referrals/" + made.apleDraft
				+ "/consent", "{\"givenBy\": \"GUARDIAN\", \"childAssented\": true, \"recordedAt\": \"2026-11-01T08:00:00Z\"}",
				Callers.SOPHEA, "/api/referrals/" + made.apleDraft));
		String opening = "/api/openings/" + made.opening;
		writes.put("POST /api/openings", new Write(Callers.VANNA, "/api/openings", AccessResources.openingBody(null),
				Callers.VANNA, "/api/openings?mine=true&size=1"));
		writes.put("PUT /api/openings/{id}", new Write(Callers.VANNA, opening, AccessResources.openingBody(
				gateway.get(opening, Callers.token(Callers.VANNA)).json().get("version").asLong()), Callers.VANNA, opening));
		String placement = "/api/placements/" + made.placement;
		writes.put("POST /api/placements", new Write(Callers.DARA, "/api/placements", """
				{"openingId": "%s", "caseReference": "%s", "age": 16, "sex": "male"}""".formatted(made.opening,
				ChildTexts.remember("TDH-PF-" + System.nanoTime())), Callers.DARA, "/api/placements?box=outgoing&size=1"));
		writes.put("POST /api/placements/{id}/{action}", new Write(Callers.VANNA, placement + "/offer",
				"{\"holdUntil\": \"" + AccessResources.TODAY.plusDays(7) + "\"}", Callers.DARA, placement));
		return writes;
	}

	/** A service as read, turned into the body that edits it (with its version) or adds one like it. */
	private static ObjectNode editable(JsonNode service, boolean withVersion) {
		ObjectNode body = ((ObjectNode) service).deepCopy();
		body.remove("id");
		if (!withVersion) {
			body.remove("version");
		}
		return body;
	}
}
