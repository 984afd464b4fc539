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
import org.partnernetwork.e2e.ProtectedFieldWrites.Write;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property-level protection, generated from the OpenAPI documents: every POST, PUT or
 * PATCH with a JSON body is sent by a caller entitled to it, with a valid body plus one
 * field the platform owns — status, the owning organisation, sender or receiver, creator,
 * version, id. Each is refused with 400 Problem Details naming the field, and nothing
 * changes. Where the schema itself declares {@code version} (the optimistic lock of an
 * edit) a version the client makes up is refused too: 400 when creating, 409 when
 * editing. An operation without a fixture fails by name.
 */
class ProtectedFieldsEndToEndTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The fields the platform owns, with a value an attacker would like to set. */
	private static final Map<String, Object> OWNED_FIELDS = owned();

	private static final PatientGateway gateway = new PatientGateway();

	private static AccessResources made;

	private static Map<String, Write> writes;

	@BeforeAll
	static void makeResources() {
		made = new AccessResources(gateway);
		writes = ProtectedFieldWrites.of(made, gateway);
	}

	@AfterAll
	static void closeOpening() {
		made.close();
	}

	@TestFactory
	Stream<DynamicTest> shouldRefuseEveryFieldThePlatformOwnsAndChangeNothing() {
		return OpenApiOperations.all()
			.stream()
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

}
