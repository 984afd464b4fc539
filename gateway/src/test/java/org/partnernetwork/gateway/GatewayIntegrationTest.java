package org.partnernetwork.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.ResourceServerContract;
import org.partnernetwork.testsupport.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of stand-in services (WireMock), checking real RS256 tokens from a
 * test issuer. organisation-service answers; referral-service is the one whose faults we
 * inject; vocational-service is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTest {

	static final TestIssuer issuer = TestIssuer.shared();

	static final WireMockServer organisations = StandIns.service();

	static final WireMockServer referrals = StandIns.service();

	static final WireMockServer notifications = StandIns.service();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		StandIns.keycloak(issuer, registry);
		registry.add("ORGANISATION_SERVICE_URL", organisations::baseUrl);
		registry.add("REFERRAL_SERVICE_URL", referrals::baseUrl);
		registry.add("NOTIFICATION_SERVICE_URL", notifications::baseUrl);
		// nothing listens there
		registry.add("VOCATIONAL_SERVICE_URL", () -> "http://127.0.0.1:9");
		registry.add("resilience4j.circuitbreaker.instances.referral-service.wait-duration-in-open-state", () -> "2s");
		// these tests send bursts of their own; RateLimitIntegrationTest checks the limit
		registry.add("GATEWAY_RATE_LIMIT_RPS", () -> "1000");
		registry.add("GATEWAY_RATE_LIMIT_BURST", () -> "1000");
	}

	@AfterAll
	static void stopServices() {
		organisations.stop();
		referrals.stop();
		notifications.stop();
	}

	@BeforeEach
	void resetServices() {
		organisations.resetAll();
		organisations.stubFor(get(urlPathMatching("/api/organisations.*"))
			.willReturn(okJson("{\"items\":[{\"slug\":\"aple\"}]}").withHeader("Cache-Control", "no-store")));
	}

	HttpApi api() {
		return new HttpApi("http://localhost:" + port);
	}

	@Nested
	class BearerTokens {

		@Test
		void shouldRouteToTheServiceWithTheCallersTokenAndNoCookie() {
			String token = issuer.tokenFor(DemoUser.SOPHEA);

			Response response = api()
				.send(api().request("/api/organisations?size=5", token).header("Cookie", "SESSION=abc").GET().build());

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().get("items").get(0).get("slug").asString()).isEqualTo("aple");
			organisations.verify(getRequestedFor(urlEqualTo("/api/organisations?size=5"))
				.withHeader("Authorization", equalTo("Bearer " + token))
				.withoutHeader("Cookie"));
		}

		@Test
		void shouldRouteEachPersonsNotificationsToNotificationServiceWithTheirToken() {
			String token = issuer.tokenFor(DemoUser.DARA);
			notifications.stubFor(get(urlEqualTo("/api/notifications/unread-count"))
				.willReturn(okJson("{\"unread\": 3}").withHeader("Cache-Control", "no-store")));

			Response response = api().get("/api/notifications/unread-count", token);

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().get("unread").asInt()).isEqualTo(3);
			notifications.verify(getRequestedFor(urlEqualTo("/api/notifications/unread-count"))
				.withHeader("Authorization", equalTo("Bearer " + token)));
		}

		@Test
		void shouldAnswerWhoTheCallerIs() {
			Response response = api().get("/api/me", issuer.tokenFor(DemoUser.SOKHA));

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().get("username").asString()).isEqualTo("sokha.aple");
			assertThat(response.json().get("organisation").asString()).isEqualTo("aple");
			assertThat(response.json().get("roles").toString()).contains("org-admin", "supervisor");
			assertThat(response.json().get("signedInWith").asString()).isEqualTo("bearer-token");
		}

		@Test
		void shouldAskForATokenWithProblemDetailsInsteadOfARedirect() {
			Response response = api().get("/api/organisations", null);

			assertProblem(response, 401, "unauthenticated");
			organisations.verify(0, anyRequestedFor(anyUrl()));
		}

		@Test
		void shouldAnswerInKhmerWhenAsked() {
			Response response = api()
				.send(api().request("/api/organisations", null).header("Accept-Language", "km").GET().build());

			assertThat(response.json().get("title").asString()).isEqualTo("ត្រូវចូលគណនី");
		}

		static List<String> invalidTokens() {
			return ResourceServerContract.invalidTokens();
		}

		@ParameterizedTest(name = "invalid token #{index} is refused at the gateway")
		@MethodSource("invalidTokens")
		void shouldRefuseInvalidTokensBeforeTheyReachAService(String token) {
			assertProblem(api().get("/api/organisations", token), 401, "invalid-token");
			organisations.verify(0, anyRequestedFor(anyUrl()));
		}

	}

	@Nested
	class Browsers {

		@Test
		void shouldSendAPersonToKeycloakWithPkce() {
			Response page = api().send(api().request("/", null).header("Accept", "text/html").GET().build());
			assertThat(page.status()).isEqualTo(302);
			URI straight = URI.create(page.header("Location"));
			assertThat(straight.toString()).as("straight to Keycloak, no hop between")
				.startsWith(issuer.issuerUri() + "/protocol/openid-connect/auth");
			assertThat(straight.getQuery()).contains("code_challenge=", "code_challenge_method=S256");

			Response login = api().get("/oauth2/authorization/keycloak", null);

			assertThat(login.status()).isEqualTo(302);
			URI keycloak = URI.create(login.header("Location"));
			assertThat(keycloak.toString()).startsWith(issuer.issuerUri() + "/protocol/openid-connect/auth");
			assertThat(keycloak.getQuery()).contains("code_challenge=", "code_challenge_method=S256",
					"client_id=gateway", "response_type=code");
		}

	}

	@Nested
	class Boundaries {

		@Test
		void shouldNeverRouteInternalEndpointsOrServiceActuators() {
			String token = issuer.tokenFor(DemoUser.SOPHEA);

			assertProblem(api().post("/internal/referrals/x/events", token, "{}"), 404, "not-found");
			assertProblem(api().get("/actuator/prometheus", token), 404, "not-found");
			assertThat(api().get("/api/organisations/%2e%2e/%2e%2e/internal/x", token).status()).isIn(400, 404);
			assertThat(api().get("/api/organisations/..%2F..%2Factuator/env", token).status()).isIn(400, 404);
			organisations.verify(0, anyRequestedFor(urlPathMatching(".*(internal|actuator).*")));
		}

		@Test
		void shouldAnswerUnknownRoutesWithProblemDetails() {
			assertProblem(api().get("/api/nothing-here", issuer.tokenFor(DemoUser.SOPHEA)), 404, "not-found");
		}

		@Test
		void shouldReportItsOwnHealthWithoutAToken() {
			assertThat(api().get("/actuator/health", null).status()).isEqualTo(200);
		}

	}

	@Nested
	class RequestBodies {

		static final int LIMIT = 256 * 1024;

		@BeforeEach
		void acceptCreates() {
			organisations.stubFor(post(urlEqualTo("/api/organisations"))
				.willReturn(aResponse().withStatus(201).withHeader("Location", "/api/organisations/new")));
		}

		HttpRequest.Builder create() {
			return api().request("/api/organisations", issuer.tokenFor(DemoUser.SOKHA))
				.header("Content-Type", "application/json");
		}

		static String jsonOf(int size) {
			return "\"" + "a".repeat(size - 2) + "\"";
		}

		static HttpRequest.BodyPublisher chunked(String body) {
			// an unknown length: the client sends Transfer-Encoding: chunked
			return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes()));
		}

		@Test
		void shouldPassABodyUpToTheLimitToTheService() {
			String body = jsonOf(LIMIT);

			Response response = api().send(create().POST(HttpRequest.BodyPublishers.ofString(body)).build());

			assertThat(response.status()).isEqualTo(201);
			organisations.verify(postRequestedFor(urlEqualTo("/api/organisations")).withRequestBody(equalTo(body)));
		}

		@Test
		void shouldPassAChunkedBodyUpToTheLimitToTheServiceWhole() {
			String body = jsonOf(LIMIT);

			Response response = api().send(create().POST(chunked(body)).build());

			assertThat(response.status()).isEqualTo(201);
			organisations.verify(postRequestedFor(urlEqualTo("/api/organisations"))
				.withHeader("Content-Length", equalTo(Integer.toString(LIMIT)))
				.withRequestBody(equalTo(body)));
		}

		@Test
		void shouldRefuseALargerBodyWith413BeforeItReachesAService() {
			Response response = api()
				.send(create().POST(HttpRequest.BodyPublishers.ofString(jsonOf(LIMIT + 1))).build());

			assertProblem(response, 413, "payload-too-large");
			assertThat(response.json().get("maxBytes").asInt()).isEqualTo(LIMIT);
			organisations.verify(0, anyRequestedFor(anyUrl()));
		}

		@Test
		void shouldRefuseALargerChunkedBodyWith413WithoutSendingAnyOfIt() {
			Response response = api().send(create().POST(chunked(jsonOf(4 * LIMIT))).build());

			assertProblem(response, 413, "payload-too-large");
			organisations.verify(0, anyRequestedFor(anyUrl()));
		}

	}

	@Nested
	class Faults {

		@Test
		void shouldAnswer503WhenAServiceIsDown() {
			Response response = api().get("/api/openings", issuer.tokenFor(DemoUser.SOPHEA));

			assertProblem(response, 503, "service-unavailable");
			assertThat(response.json().get("service").asString()).isEqualTo("vocational-service");
			assertThat(response.header("Retry-After")).isEqualTo("5");
		}

		@Test
		void shouldAnswer503WhenAServiceIsTooSlow() {
			organisations
				.stubFor(get(urlEqualTo("/api/organisations/slow")).willReturn(okJson("{}").withFixedDelay(20_000)));
			Instant start = Instant.now();

			Response response = api().get("/api/organisations/slow", issuer.tokenFor(DemoUser.SOPHEA));

			assertProblem(response, 503, "service-timeout");
			// the route gives up after 5 s; the person does not wait the 20 s the service
			// would take
			assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
		}

		@Test
		void shouldFailFastWhileTheCircuitIsOpenAndCloseItAgainByItself() throws InterruptedException {
			String token = issuer.tokenFor(DemoUser.DARA);
			referrals.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
			for (int i = 0; i < 6; i++) {
				assertProblem(api().get("/api/referrals", token), 503, "service-unavailable");
			}
			int reachedService = referrals.getAllServeEvents().size();

			for (int i = 0; i < 3; i++) {
				assertProblem(api().get("/api/referrals", token), 503, "service-unavailable");
			}
			assertThat(referrals.getAllServeEvents()).hasSize(reachedService);

			referrals.resetAll();
			referrals.stubFor(get(urlEqualTo("/api/referrals")).willReturn(okJson("{\"items\":[]}")));
			// the open state lasts 2 s in this test; then the breaker lets a trial call
			// through by itself
			Instant deadline = Instant.now().plusSeconds(15);
			int status;
			do {
				Thread.sleep(250);
				status = api().get("/api/referrals", token).status();
			}
			while (status != 200 && Instant.now().isBefore(deadline));
			assertThat(status).isEqualTo(200);
		}

	}

}
