package org.partnernetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.RawHttp.Answer;

/**
 * Whatever a client sends — any method, an odd or undecodable address, a bad, huge or
 * missing header, a body of a type nobody reads — every error it gets from the gateway is
 * {@code application/problem+json} with a stable {@code type}, or, for a person's browser
 * asking for a page outside the API, the portal's error page in UTF-8; never a bare
 * status, never a server error. The requests are generated: every method × every address
 * × every variant of headers and body, then requests the server cannot even decode.
 */
class ProblemDetailsEverywhereIntegrationTest extends GatewayProbeTest {

	static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE",
			"CONNECT", "FOO");

	/**
	 * As written on the request line: encoded dots, slashes, backslashes and NUL, raw
	 * bytes, a very long address.
	 */
	static final List<String> ADDRESSES = List.of("/api/organisations", "/api/nothing-here", "/api/%2e%2e/x",
			"/api/x;y", "//api", "/api/a%2Fb", "/api/a%5Cb", "/api/a%00b", "/api/./x", "/api/../x", "/api/%ED%A0%80",
			"/api/x?q=%ED%A0%80&lang=%ZZ", "/api/a|b", "/api/é", "/internal/x", "/trainings/nothing", "/find?age=%ZZ",
			"/api/" + "a".repeat(5_000));

	static final List<Variant> VARIANTS = List.of(new Variant("no credentials", List.of(), null),
			new Variant("a garbage bearer token", List.of("Authorization: Bearer garbage.token.here"), null),
			new Variant("a valid bearer token", List.of("Authorization: Bearer " + issuer.tokenFor(DemoUser.SOPHEA)),
					null),
			new Variant("a session cookie without its CSRF token", List.of("Cookie: SESSION=5f0c1d2e"), "{}"),
			new Variant("a browser asking for a page",
					List.of("Accept: text/html,application/xhtml+xml,*/*;q=0.8", "Accept-Language: km-KH,km;q=0.9"),
					null),
			new Variant("an unreadable Accept", List.of("Accept: nonsense", "Accept-Language: ;;;==,km;q=abc"), null),
			new Variant("an unreadable Accept for a page", List.of("Accept: text/html;q=abc"), null),
			new Variant("a body of any type", List.of("Content-Type: */*"), "{\"summary\":\"x\"}"),
			new Variant("a body of an unreadable type", List.of("Content-Type: nonsense/", "Accept: */*"), "a=b"),
			new Variant("another site's request with a token",
					List.of("Origin: http://elsewhere.example", "Access-Control-Request-Method: POST",
							"Authorization: Bearer " + issuer.tokenFor(DemoUser.DARA)),
					null),
			new Variant("300 headers", headers(300, 20), null),
			new Variant("a header too large", List.of("X-Probe: " + "a".repeat(20_000)), null),
			new Variant("too many headers", headers(1_500, 20), null));

	/**
	 * Requests the server cannot decode: a broken request line, broken headers, a body
	 * that lies about itself.
	 */
	static final List<String> UNDECODABLE = List.of("GARBAGE\r\n\r\n", "GET /api/x HTTP/9.9\r\nHost: x\r\n\r\n",
			"GET /api/x\r\n\r\n", "GET  HTTP/1.1\r\nHost: x\r\n\r\n",
			"GET /api/x HTTP/1.1\r\nHost: x\r\nNo colon\r\n\r\n",
			"GET /api/x HTTP/1.1\r\nHost: x\r\nBad Name: y\r\n\r\n",
			"GET /api/x HTTP/1.1\r\nHost: x\r\nX: a\u0001b\r\n\r\n",
			"POST /api/x HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\nx",
			"POST /api/x HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxy",
			"POST /api/x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nx\r\n0\r\n\r\n",
			"GET /api/x HTTP/1.1\r\nHost: [::1\r\n\r\n", "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
			"GET /api/x HTTP/1.1\r\nHost: x\r\nX: " + "b".repeat(70_000) + "\r\n\r\n",
			"GET\t/api/x\tHTTP/1.1\r\nHost: x\r\n\r\n");

	static final Set<String> CODES = problemCodes();

	record Variant(String name, List<String> headers, String body) {

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Arguments> requests() {
		List<Arguments> requests = new ArrayList<>();
		for (String method : METHODS) {
			for (String address : ADDRESSES) {
				for (Variant variant : VARIANTS) {
					requests.add(Arguments.of(method, address, variant));
				}
			}
		}
		return requests.stream();
	}

	@ParameterizedTest(name = "{0} {1} with {2}")
	@MethodSource("requests")
	void shouldAnswerEveryErrorWithProblemDetailsOrAPersonsErrorPage(String method, String address, Variant variant) {
		Answer answer = raw().send(method, address, variant.headers(), variant.body());

		assertErrorIsProblemDetails(answer, "HEAD".equals(method), asksForAPage(address, variant));
	}

	static Stream<String> undecodable() {
		return UNDECODABLE.stream();
	}

	@ParameterizedTest(name = "undecodable request #{index}")
	@MethodSource("undecodable")
	void shouldAnswerRequestsTheServerCannotDecodeWithProblemDetails(String request) {
		Answer answer = raw().sendBytes(request.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(answer.status()).as("refused").isBetween(400, 499);
		assertErrorIsProblemDetails(answer, false, false);
	}

	/**
	 * A browser's page request outside the API gets the portal's error page; anything
	 * else Problem Details.
	 */
	static void assertErrorIsProblemDetails(Answer answer, boolean head, boolean page) {
		String what = answer.status() + " " + answer.header("content-type") + " " + answer.body();
		assertThat(answer.status()).as("no server error: %s", what).isLessThan(500);
		if (answer.status() < 400) {
			return;
		}
		String type = answer.header("content-type");
		if (page && "text/html;charset=UTF-8".equals(type)) {
			if (!head) {
				assertThat(answer.body()).as(what).contains("<h1>", "href=\"/\"");
			}
			return;
		}
		assertThat(type).as("a program's error: %s", what).isEqualTo("application/problem+json");
		if (!head) {
			assertThat(answer.json().get("type").asString()).as(what)
				.startsWith("urn:partner-network:problem:")
				.satisfies(uri -> assertThat(CODES).contains(uri.substring("urn:partner-network:problem:".length())));
			assertThat(answer.json().get("title").asString()).as(what).isNotBlank();
			assertThat(answer.json().get("status").asInt()).as(what).isEqualTo(answer.status());
			assertThat(answer.body()).as(what).doesNotContain("Exception", "\tat ");
		}
	}

	private static boolean asksForAPage(String address, Variant variant) {
		return !address.startsWith("/api/")
				&& variant.headers().stream().anyMatch(h -> h.startsWith("Accept: text/html"));
	}

	private static List<String> headers(int count, int valueLength) {
		return IntStream.range(0, count).mapToObj(i -> "X-Probe-" + i + ": " + "v".repeat(valueLength)).toList();
	}

	/** The codes the gateway writes, and those of the services it passes on. */
	private static Set<String> problemCodes() {
		try (InputStream in = ProblemDetailsEverywhereIntegrationTest.class
			.getResourceAsStream("/gateway-messages.properties")) {
			var messages = new Properties();
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return Collections.unmodifiableSet(messages.stringPropertyNames()
				.stream()
				.filter(key -> key.startsWith("problem.") && key.endsWith(".title"))
				.map(key -> key.substring("problem.".length(), key.length() - ".title".length()))
				.collect(Collectors.toSet()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
