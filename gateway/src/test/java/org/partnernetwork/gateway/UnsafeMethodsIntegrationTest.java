package org.partnernetwork.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * Changes without a bearer token. With no credential at all, a change to the API is
 * simply not signed in: 401 Problem Details asking for a token, exactly as a read. With
 * only the portal's session cookie, it needs the CSRF token: 403 Problem Details that say
 * so. Pages keep their CSRF protection. Generated over every unsafe method × API
 * addresses and pages × the credentials sent.
 */
class UnsafeMethodsIntegrationTest extends GatewayProbeTest {

	static final List<String> UNSAFE = List.of("POST", "PUT", "PATCH", "DELETE");

	static final List<String> API = List.of("/api/referrals",
			"/api/referrals/9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d/accept", "/api/organisations/aple", "/api/placements",
			"/api/openings/x", "/api/me", "/api/nothing-here", "/api");

	static final List<String> PAGES = List.of("/find", "/referrals", "/logout", "/my-organisation/confirm",
			"/training/openings/new", "/onboarding", "/nothing-here");

	static final String SESSION = "SESSION=5f0c1d2e-7a3b-4c8d-9e0f-a1b2c3d4e5f6";

	@BeforeEach
	void forgetRequests() {
		services.resetRequests();
	}

	static Stream<Arguments> apiChanges() {
		return pairs(API);
	}

	static Stream<Arguments> pageChanges() {
		return pairs(PAGES);
	}

	@ParameterizedTest(name = "{0} {1} with no credentials")
	@MethodSource("apiChanges")
	void shouldAskForATokenWhenAChangeCarriesNoCredentials(String method, String path) {
		Response response = send(method, path);

		assertProblem(response, 401, "unauthenticated");
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
		services.verify(0, anyRequestedFor(anyUrl()));
	}

	@ParameterizedTest(name = "{0} {1} with a session cookie and no CSRF token")
	@MethodSource("apiChanges")
	void shouldRefuseAChangeWithOnlyTheSessionCookieAndSayWhy(String method, String path) {
		Response english = send(method, path, "Cookie", SESSION);
		Response khmer = send(method, path, "Cookie", SESSION, "Accept-Language", "km");

		assertProblem(english, 403, "csrf-token-missing");
		assertThat(english.json().get("title").asString()).isEqualTo("CSRF token missing");
		assertProblem(khmer, 403, "csrf-token-missing");
		assertThat(khmer.json().get("title").asString()).isEqualTo("ខ្វះ CSRF token");
		services.verify(0, anyRequestedFor(anyUrl()));
	}

	@ParameterizedTest(name = "{0} {1} with a session cookie and its CSRF token")
	@MethodSource("apiChanges")
	void shouldLetAChangeWithTheCsrfTokenPastTheCsrfCheck(String method, String path) {
		Response response = send(method, path, "Cookie", SESSION + "; XSRF-TOKEN=a1b2c3", "X-XSRF-TOKEN", "a1b2c3");

		// past the CSRF check: this session is not signed in
		assertProblem(response, 401, "unauthenticated");
	}

	@ParameterizedTest(name = "{0} {1} without the page's CSRF token")
	@MethodSource("pageChanges")
	void shouldKeepRefusingAPageChangeWithoutItsCsrfToken(String method, String path) {
		Response page = send(method, path, "Accept", "text/html", "Cookie", SESSION);
		Response program = send(method, path);

		assertThat(page.status()).isEqualTo(403);
		assertThat(page.contentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(page.body()).contains("<h1>Not allowed</h1>");
		assertProblem(program, 403, "forbidden");
		services.verify(0, anyRequestedFor(anyUrl()));
	}

	private Response send(String method, String path, String... headers) {
		HttpRequest.Builder request = api().request(path, null)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString("{}"));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return api().send(request.build());
	}

	private static Stream<Arguments> pairs(List<String> paths) {
		List<Arguments> pairs = new ArrayList<>();
		UNSAFE.forEach(method -> paths.forEach(path -> pairs.add(Arguments.of(method, path))));
		return pairs.stream();
	}

}
