package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.partnernetwork.e2e.OpenApiOperations.Operation;
import org.partnernetwork.e2e.ProtectedFieldWrites.Write;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What GET returns, PUT takes: for every PUT the services publish, an entitled caller
 * reads the resource, keeps exactly the fields the PUT's schema declares and writes it
 * back unchanged. Each is accepted, and reading it again gives the same fields (an edit's
 * version moves on). An operation without a fixture fails by name.
 */
class WriteBackEndToEndTest {

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
	Stream<DynamicTest> shouldAcceptEveryResourceWrittenBackAsItWasRead() {
		return OpenApiOperations.all()
			.stream()
			.filter(operation -> operation.method().equals("PUT") && operation.takesJsonBody()
					&& !operation.isInternal())
			.map(operation -> DynamicTest.dynamicTest(operation.key(), () -> writeBack(operation)));
	}

	private static void writeBack(Operation operation) {
		Write write = writes.get(operation.key());
		if (write == null) {
			fail("No fixture for %s (%s): add one to ProtectedFieldWrites", operation, operation.service());
		}
		String token = Callers.token(write.caller());
		JsonNode read = representation(write.path(), token);
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		operation.bodyProperties().stream().filter(read::has).forEach(field -> body.set(field, read.get(field)));

		Response written = gateway.send("PUT", write.path(), token, body.toString());

		assertThat(written.status()).as("%s of what GET gave (%s): %s", operation, body, written.body())
			.isBetween(200, 299);
		JsonNode after = representation(write.path(), token);
		body.propertyNames()
			.stream()
			.filter(field -> !field.equals("version"))
			.forEach(field -> assertThat(after.get(field)).as(field).isEqualTo(read.get(field)));
	}

	/**
	 * The resource at {@code path} as a client reads it: GET on the path itself; else the
	 * item with that id in its parent's list ({@code …/services/{id}} in the
	 * organisation), or the parent's field of that name ({@code …/consent} in the
	 * referral).
	 */
	private static JsonNode representation(String path, String token) {
		Response itself = gateway.get(path, token);
		if (itself.status() == 200) {
			return itself.json();
		}
		String last = path.substring(path.lastIndexOf('/') + 1);
		String parent = path.substring(0, path.lastIndexOf('/'));
		if (last.matches("[0-9a-f-]{36}")) {
			String list = parent.substring(parent.lastIndexOf('/') + 1);
			JsonNode owner = read(parent.substring(0, parent.lastIndexOf('/')), token);
			for (JsonNode item : owner.path(list)) {
				if (item.path("id").asString("").equals(last)) {
					return item;
				}
			}
			throw new AssertionError("No item " + last + " in " + list + " of " + parent);
		}
		return read(parent, token).path(last);
	}

	private static JsonNode read(String path, String token) {
		Response read = gateway.get(path, token);
		assertThat(read.status()).as("GET %s: %s", path, read.body()).isEqualTo(200);
		return read.json();
	}

}
