package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnernetwork.e2e.AccessFixtures.Fixture;
import org.partnernetwork.e2e.AccessFixtures.Subject;
import org.partnernetwork.e2e.OpenApiOperations.Operation;
import org.partnernetwork.testsupport.Concurrently;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * The object-level access matrix, generated from the services' OpenAPI documents: every
 * operation with a path parameter is aimed, through the gateway, at real resources of
 * particular organisations, by every caller who is not entitled to it. Each must be
 * refused exactly as for a resource that does not exist — 404, or the 403 its role gets
 * for any id — with Problem Details, and the resource must read the same afterwards.
 * Entitled callers of a read get 200. An operation without a fixture fails by name.
 */
class ObjectAccessEndToEndTest {

	private static final PatientGateway gateway = new PatientGateway();

	private static AccessResources made;

	private static Map<String, Fixture> fixtures;

	/** Path values of nothing: an id no resource has, a slug no organisation has. */
	private static final Map<String, String> NOT_EXISTING = Map.of("id", UUID.randomUUID().toString(), "slug",
			"no-such-organisation");

	private static final Map<Integer, Integer> refusals = new ConcurrentSkipListMap<>();

	/** What each caller gets for each operation on a resource that does not exist. */
	private static final Map<String, Integer> unknownAnswers = new ConcurrentHashMap<>();

	private static final AtomicInteger allowedReads = new AtomicInteger();

	@BeforeAll
	static void makeResources() {
		made = new AccessResources(gateway);
		fixtures = AccessFixtures.of(made);
	}

	@AfterAll
	static void report() {
		System.out
			.println("Object access matrix: refusals by status " + refusals + ", entitled reads " + allowedReads.get());
		made.close();
	}

	@TestFactory
	Stream<DynamicTest> shouldRefuseEveryoneNotEntitledAsIfTheResourceDidNotExist() {
		return OpenApiOperations.all()
			.stream()
			.filter(operation -> operation.hasPathParameters() && !operation.isInternal())
			.map(operation -> DynamicTest.dynamicTest(operation.key(), () -> check(operation)));
	}

	@Test
	void shouldRefuseUserTokensOnInternalEndpointsAndNeverRouteThemThroughTheGateway() {
		String user = Callers.token(Callers.SOPHEA);
		List<Operation> internal = OpenApiOperations.all().stream().filter(Operation::isInternal).toList();
		assertThat(internal).as("the services publish their internal endpoints").isNotEmpty();
		for (Operation operation : internal) {
			String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			HttpApi service = new HttpApi(RunningPlatform.urls().of(operation.service()));
			assertProblem(service.send(service.request(path, user)
				.header("Content-Type", "application/json")
				.method(operation.method(), HttpRequest.BodyPublishers.ofString("{}"))
				.build()), 403, "forbidden");
			Response throughGateway = gateway.send(operation.method(), path, user, "{}");
			assertThat(throughGateway.status()).as("%s through the gateway: %s", operation, throughGateway.body())
				.isIn(403, 404);
			assertThat(throughGateway.contentType()).startsWith("application/problem+json");
		}
	}

	private static void check(Operation operation) throws Exception {
		Fixture fixture = fixtures.get(operation.key());
		if (fixture == null) {
			fail("No access fixture for %s (%s): add one to AccessFixtures, naming real resources and who is entitled",
					operation, operation.service());
		}
		List<String> problems = new ArrayList<>();
		for (Subject subject : fixture.subjects()) {
			String before = state(subject);
			List<Callable<List<String>>> callers = Callers.names()
				.stream()
				.<Callable<List<String>>>map(caller -> () -> knock(operation, fixture, subject, caller))
				.toList();
			Concurrently.together(callers).forEach(problems::addAll);
			String after = state(subject);
			if (!after.equals(before)) {
				problems.add(subject.what() + " changed:\nbefore " + before + "\nafter  " + after);
			}
		}
		assertThat(problems).as(operation.key()).isEmpty();
	}

	/**
	 * One caller uses the operation on the subject, with every action it has; what was
	 * wrong, if anything.
	 */
	private static List<String> knock(Operation operation, Fixture fixture, Subject subject, String caller) {
		List<String> problems = new ArrayList<>();
		List<String> actions = fixture.actions().isEmpty() ? Collections.singletonList(null)
				: List.copyOf(fixture.actions().keySet());
		String token = Callers.token(caller);
		for (String action : actions) {
			String path = fill(operation.path(), subject.path(), action);
			if (subject.entitles(caller)) {
				if (operation.method().equals("GET")) {
					Response read = gateway.get(path, token);
					allowedReads.incrementAndGet();
					if (read.status() != 200) {
						problems.add(caller + " is entitled to " + subject.what() + " but got " + read.status());
					}
				}
				continue;
			}
			Response answer = gateway.send(operation.method(), path, token, fixture.bodyFor(action));
			refusals.merge(answer.status(), 1, Integer::sum);
			int unknown = unknownAnswers.computeIfAbsent(operation.key() + " " + action + " " + caller,
					key -> gateway
						.send(operation.method(), fill(operation.path(), NOT_EXISTING, action), token,
								fixture.bodyFor(action))
						.status());
			String what = caller + " " + operation.method() + " " + path + " (" + subject.what() + ")";
			if (answer.status() != 404 && answer.status() != 403) {
				problems.add(what + " → " + answer.status() + " " + answer.body());
			}
			else if (answer.status() != unknown) {
				problems.add(what + " → " + answer.status() + ", but " + unknown
						+ " for one that does not exist: the answer reveals that it exists");
			}
			else if (!String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
				problems.add(what + " → " + answer.status() + " without Problem Details");
			}
		}
		return problems;
	}

	private static String state(Subject subject) {
		Response read = gateway.get(subject.statePath(), Callers.token(subject.reader()));
		assertThat(read.status()).as("%s reads %s: %s", subject.reader(), subject.statePath(), read.body())
			.isEqualTo(200);
		return read.body();
	}

	private static String fill(String template, Map<String, String> values, String action) {
		String path = template;
		for (var value : values.entrySet()) {
			path = path.replace("{" + value.getKey() + "}", value.getValue());
		}
		path = action == null ? path : path.replace("{action}", action);
		if (path.contains("{")) {
			throw new IllegalStateException("The fixture leaves a path parameter open: " + path);
		}
		return path;
	}

}
