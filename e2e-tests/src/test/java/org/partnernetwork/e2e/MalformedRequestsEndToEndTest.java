package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * 1,000 generated malformed requests through the gateway — bad JSON, wrong types, huge
 * strings, odd Unicode, nonsense ids and parameters — to every service's write and search
 * endpoints: not one is answered with a server error, and every refusal is Problem
 * Details.
 */
class MalformedRequestsEndToEndTest {

	private static final int REQUESTS = 1000;

	private static final String[] ODD_STRINGS = { "", " ", "\u0000", "\u202Eevil\u202C", "\u200B\u200D\uFEFF",
			"ប្រឹក្សា\u17D2\u17D2\u17D2", "😀".repeat(50), "\uD800", "' OR 1=1 --", "<script>alert(1)</script>",
			"../../etc/passwd", "%00%ff", "x".repeat(100_000), "١٢٣", "NaN", "-0", "1e309", "null", "true" };

	private static final String[] ODD_VALUES = { "null", "true", "-1", "0", "2147483648", "1.5", "1e309", "[]", "{}",
			"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "\"\"", "\"2026-13-45\"",
			"\"not-a-uuid\"" };

	private static final List<String> WRITES = List.of("POST /api/referrals", "POST /api/referrals/{id}/accept",
			"POST /api/referrals/{id}/decline", "POST /api/referrals/{id}/notes", "PUT /api/referrals/{id}/consent",
			"POST /api/openings", "PUT /api/openings/{id}", "POST /api/placements", "POST /api/placements/{id}/offer",
			"PUT /api/organisations/aple", "POST /api/organisations/aple/services",
			"PUT /api/organisations/aple/locations/{id}");

	private static final List<String> READS = List.of("/api/services", "/api/organisations", "/api/referrals",
			"/api/openings", "/api/placements", "/api/hsds/services", "/api/referrals/{id}", "/api/placements/{id}",
			"/api/organisations/{id}", "/api/services/{id}");

	private static final List<String> PARAMETERS = List.of("age", "sex", "province", "language", "serviceType", "q",
			"page", "size", "box", "status", "per_page", "modified_after", "trade", "startsFrom");

	private static final List<String> FIELDS = List.of("receiverOrganisation", "serviceType", "caseReference", "child",
			"urgency", "riskLevel", "summary", "consent", "send", "code", "note", "text", "givenBy", "recordedAt",
			"trade", "title", "province", "minAge", "maxAge", "seats", "startDate", "openingId", "age", "holdUntil",
			"name", "contact", "version", "eligibility", "languages", "status", "organisation");

	@Test
	void shouldAnswerOneThousandMalformedRequestsWithoutAServerError() {
		HttpApi gateway = new HttpApi(RunningPlatform.urls().gateway());
		List<DemoUser> users = List.of(DemoUser.SOPHEA, DemoUser.SOKHA, DemoUser.DARA, DemoUser.VANNA, DemoUser.RITHY,
				DemoUser.ADMIN_NETWORK);
		Map<DemoUser, String> tokens = new LinkedHashMap<>();
		users.forEach(user -> tokens.put(user, RunningPlatform.passwordGrant(user)));
		Random random = new Random(20261124);
		List<String> serverErrors = new ArrayList<>();
		List<String> notProblems = new ArrayList<>();
		Map<Integer, Integer> statuses = new LinkedHashMap<>();

		for (int i = 0; i < REQUESTS; i++) {
			String token = tokens.get(users.get(i % users.size()));
			HttpRequest request = random.nextBoolean() ? write(gateway, token, random) : read(gateway, token, random);
			Response response = gateway.send(request);
			statuses.merge(response.status(), 1, Integer::sum);
			String what = request.method() + " " + shorten(request.uri().toString()) + " → " + response.status();
			if (response.status() >= 500) {
				serverErrors.add(what);
			}
			else if (response.status() >= 400 && response.status() != 429
					&& !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
				notProblems.add(what + " " + response.contentType());
			}
		}

		System.out.println("Malformed requests by status: " + statuses);
		assertThat(serverErrors).as("server errors").isEmpty();
		assertThat(notProblems).as("refusals that are not Problem Details").isEmpty();
		assertThat(statuses.keySet()).as("the requests really were refused").anyMatch(status -> status == 400);
	}

	private static HttpRequest write(HttpApi gateway, String token, Random random) {
		String[] endpoint = pick(WRITES, random).replace("{id}", id(random)).split(" ", 2);
		String body = switch (random.nextInt(4)) {
			case 0 -> brokenJson(random);
			case 1 -> objectOf(random, 1 + random.nextInt(6));
			case 2 -> pick(List.of(ODD_VALUES), random);
			default -> "{\"" + pick(FIELDS, random) + "\": " + value(random) + ", \"" + pick(FIELDS, random) + "\": {\""
					+ pick(FIELDS, random) + "\": " + value(random) + "}}";
		};
		return gateway.request(endpoint[1], token)
			.header("Content-Type", random.nextInt(10) == 0 ? "text/plain" : "application/json")
			.header("Idempotency-Key", random.nextInt(5) == 0 ? "key with spaces é" : UUID.randomUUID().toString())
			.method(endpoint[0], HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static HttpRequest read(HttpApi gateway, String token, Random random) {
		StringBuilder path = new StringBuilder(pick(READS, random).replace("{id}", id(random))).append('?');
		for (int p = random.nextInt(4); p >= 0; p--) {
			path.append(pick(PARAMETERS, random))
				.append('=')
				.append(java.net.URLEncoder.encode(oddString(random, 300), java.nio.charset.StandardCharsets.UTF_8))
				.append('&');
		}
		return gateway.request(path.toString(), token).GET().build();
	}

	private static String objectOf(Random random, int fields) {
		StringBuilder json = new StringBuilder("{");
		for (int f = 0; f < fields; f++) {
			json.append(f == 0 ? "" : ",").append('"').append(pick(FIELDS, random)).append("\":").append(value(random));
		}
		return json.append('}').toString();
	}

	private static String value(Random random) {
		return random.nextBoolean() ? pick(List.of(ODD_VALUES), random) : quoted(oddString(random, 100_000));
	}

	private static String brokenJson(Random random) {
		String valid = objectOf(random, 3);
		return switch (random.nextInt(4)) {
			case 0 -> valid.substring(0, random.nextInt(valid.length()));
			case 1 -> valid.replace('"', '\'');
			case 2 -> valid + "}}";
			default -> "{\"summary\": \"" + "\\u".repeat(3) + "\"}";
		};
	}

	private static String oddString(Random random, int maxLength) {
		String odd = ODD_STRINGS[random.nextInt(ODD_STRINGS.length)];
		return odd.length() > maxLength ? odd.substring(0, maxLength) : odd;
	}

	private static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			json.append(c == '"' || c == '\\' ? "\\" + c
					: c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return json.append('"').toString();
	}

	private static String id(Random random) {
		return switch (random.nextInt(3)) {
			case 0 -> UUID.randomUUID().toString();
			case 1 -> "not-a-uuid";
			default -> "%E2%80%AE" + random.nextInt(1000);
		};
	}

	private static <T> T pick(List<T> items, Random random) {
		return items.get(random.nextInt(items.size()));
	}

	private static String shorten(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}

}
