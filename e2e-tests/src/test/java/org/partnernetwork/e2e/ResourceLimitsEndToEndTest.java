package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnernetwork.e2e.OpenApiOperations.Operation;
import org.partnernetwork.testsupport.Concurrently;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

/**
 * What one user can ask of the platform at a time, through the gateway: no list answers
 * more than 100 items, even of more than 100, and a page size above 100 is refused (every
 * list endpoint, from the OpenAPI documents); a body over 256 KB is refused before any
 * service reads it, whether its length is declared or it is chunked; a burst from one
 * user is cut off with 429 and Retry-After, while other users carry on.
 */
class ResourceLimitsEndToEndTest {

	private static final int MAX_ITEMS = 100;

	/**
	 * The burst goes to an endpoint the gateway answers itself: the limiter runs before
	 * routing, and no service's circuit breaker is pushed open for the test classes that
	 * follow.
	 */
	private static final String GATEWAY_ONLY = "/api/me";

	private static final int BURST = 100;

	/** Query parameters a list needs, with an ordinary value. */
	private static final Map<String, String> REQUIRED = Map.of("box", "incoming");

	private final PatientGateway gateway = new PatientGateway();

	@TestFactory
	Stream<DynamicTest> shouldRefuseAPageSizeAboveOneHundredOnEveryListThatTakesOne() {
		return lists().stream()
			.filter(operation -> operation.takesQueryParameter("size") || operation.takesQueryParameter("per_page"))
			.map(operation -> DynamicTest.dynamicTest(operation.key(), () -> {
				String parameter = operation.takesQueryParameter("size") ? "size" : "per_page";
				Response answer = gateway.get(list(operation, parameter + "=100000"), Callers.token(reader(operation)));
				assertProblem(answer, 400, "validation");
				assertThat(answer.json().get("errors").findValuesAsString("field")).contains(parameter);
			}));
	}

	@TestFactory
	Stream<DynamicTest> shouldNeverAnswerMoreThanOneHundredItems() {
		return lists().stream().map(operation -> DynamicTest.dynamicTest(operation.key(), () -> {
			String parameter = operation.takesQueryParameter("per_page") ? "per_page" : "size";
			for (String query : List.of(parameter + "=100", "")) {
				Response answer = gateway.get(list(operation, query), Callers.token(reader(operation)));
				assertThat(answer.status()).as("%s?%s: %s", operation, query, answer.body()).isEqualTo(200);
				assertThat(items(answer.json())).as("%s?%s", operation, query).isLessThanOrEqualTo(MAX_ITEMS);
			}
		}));
	}

	/**
	 * The demo data has no list longer than 100, so one is made: drafts of a made-up
	 * coordinator at the police unit kandal-ahtjp, which has no users of its own (the
	 * platform keeps them between runs, so only what is missing is made).
	 */
	@Test
	void shouldAnswerAtMostOneHundredOfMoreThanOneHundredReferrals() {
		String coordinator = TrustedKey.get().persona("e2e-police-coordinator", "kandal-ahtjp", "coordinator");
		String box = "/api/referrals?box=outgoing";
		long existing = gateway.get(box, coordinator).json().get("totalItems").asLong();
		for (long made = existing; made <= MAX_ITEMS; made++) {
			Response draft = gateway.send("POST", "/api/referrals", coordinator,
					AccessResources.referralBody("tdh-nl", "psychosocial-counselling", false));
			assertThat(draft.status()).as(draft.body()).isEqualTo(201);
		}
		Response full = gateway.get(box + "&size=100", coordinator);
		assertThat(full.json().get("totalItems").asLong()).isGreaterThan(MAX_ITEMS);
		assertThat(full.json().get("items").size()).isEqualTo(MAX_ITEMS);
		assertThat(gateway.get(box, coordinator).json().get("items").size()).as("the default page").isEqualTo(20);
		assertProblem(gateway.get(box + "&size=101", coordinator), 400, "validation");
	}

	@Test
	void shouldRefuseABodyOverTwoHundredFiftySixKilobytesWhetherItsLengthIsDeclaredOrNot() {
		String huge = "{\"text\": \"" + "x".repeat(300 * 1024) + "\"}";
		HttpApi api = new HttpApi(RunningPlatform.urls().gateway());
		String path = "/api/referrals/" + UUID.randomUUID() + "/notes";
		String token = Callers.token(Callers.SOPHEA);
		assertProblem(api.send(api.request(path, token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(huge))
			.build()), 413, "payload-too-large");
		assertProblem(api.send(
				api.request(path, token).header("Content-Type", "application/json").POST(withoutLength(huge)).build()),
				413, "payload-too-large");
	}

	@Test
	void shouldCutOffABurstFromOneUserWithRetryAfterWhileOthersCarryOn() throws Exception {
		String flooder = TrustedKey.get().persona("e2e-flooder-" + UUID.randomUUID(), "aple", "coordinator");
		HttpApi api = new HttpApi(RunningPlatform.urls().gateway());
		List<Response> burst = Concurrently.together(BURST, () -> api.get(GATEWAY_ONLY, flooder));

		List<Response> limited = burst.stream().filter(response -> response.status() == 429).toList();
		assertThat(limited).as("a burst of %d against an allowance of 40", BURST).isNotEmpty();
		assertThat(burst).allMatch(response -> response.status() == 200 || response.status() == 429);
		assertProblem(limited.get(0), 429, "rate-limited");
		long retryAfter = limited.stream()
			.mapToLong(response -> Long.parseLong(response.header("Retry-After")))
			.max()
			.orElseThrow();
		assertThat(retryAfter).isPositive();
		assertThat(api.get(GATEWAY_ONLY, Callers.token(Callers.RITHY)).status()).as("another user").isEqualTo(200);

		Response after = Deadline.poll(Duration.ofSeconds(retryAfter + 5), () -> api.get(GATEWAY_ONLY, flooder),
				answer -> answer.status() != 429);
		assertThat(after.status()).as("once Retry-After has passed").isEqualTo(200);
	}

	/** A body sent without a declared length (chunked), as a streaming client would. */
	private static HttpRequest.BodyPublisher withoutLength(String body) {
		return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(body));
	}

	/** Every GET without a path parameter that answers a list. */
	private List<Operation> lists() {
		return OpenApiOperations.all()
			.stream()
			.filter(operation -> operation.method().equals("GET") && !operation.hasPathParameters()
					&& !operation.isInternal())
			.filter(operation -> items(gateway.get(list(operation, ""), Callers.token(reader(operation))).json()) >= 0)
			.toList();
	}

	/** The number of items a list answered, or -1 if the answer is not a list. */
	private static int items(JsonNode answer) {
		if (answer.isArray()) {
			return answer.size();
		}
		for (String field : List.of("items", "contents")) {
			if (answer.has(field)) {
				return answer.get(field).size();
			}
		}
		return -1;
	}

	private static String list(Operation operation, String query) {
		StringBuilder path = new StringBuilder(operation.path()).append('?').append(query);
		REQUIRED.forEach((name, value) -> {
			if (operation.takesQueryParameter(name)) {
				path.append('&').append(name).append('=').append(value);
			}
		});
		return path.toString();
	}

	/** Centre staff read what only they may; a coordinator everything else. */
	private static String reader(Operation operation) {
		return operation.path().equals("/api/placements/outcomes") ? Callers.VANNA : Callers.SOPHEA;
	}

}
