package org.partnernetwork.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's per-user rate limit, tight here (a burst of 5, then one request every 2
 * s) so that a test can exhaust it; each test uses users of its own, as each user has
 * their own allowance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIntegrationTest {

	static final int BURST = 5;

	static final TestIssuer issuer = TestIssuer.shared();

	static final WireMockServer organisations = StandIns.organisationsListingNone();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		StandIns.keycloak(issuer, registry);
		registry.add("ORGANISATION_SERVICE_URL", organisations::baseUrl);
		registry.add("GATEWAY_RATE_LIMIT_RPS", () -> "0.5");
		registry.add("GATEWAY_RATE_LIMIT_BURST", () -> BURST);
	}

	@AfterAll
	static void stopServices() {
		organisations.stop();
	}

	HttpApi api() {
		return new HttpApi("http://localhost:" + port);
	}

	@Test
	void shouldRefuseABurstFromOneUserWhileAnotherIsServedAndServeTheFirstAgainAfterTheWait()
			throws InterruptedException {
		String sophea = issuer.tokenFor(DemoUser.SOPHEA);
		String dara = issuer.tokenFor(DemoUser.DARA);
		assertThat(api().get("/api/organisations", dara).status()).isEqualTo(200);

		for (int i = 0; i < BURST; i++) {
			assertThat(api().get("/api/organisations", sophea).status()).as("request %d of the burst", i + 1)
				.isEqualTo(200);
		}
		Response refused = api().get("/api/organisations", sophea);

		assertProblem(refused, 429, "rate-limited");
		long retryAfter = Long.parseLong(refused.header("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 2L);
		assertThat(refused.json().get("detail").asString()).contains(retryAfter + " s");
		organisations.verify(BURST, getRequestedFor(urlPathMatching("/api/organisations.*")).withHeader("Authorization",
				equalTo("Bearer " + sophea)));
		assertThat(api().get("/api/organisations", dara).status()).as("another user, at the same moment")
			.isEqualTo(200);

		Thread.sleep(retryAfter * 1000);
		assertThat(api().get("/api/organisations", sophea).status()).isEqualTo(200);
	}

	@Test
	void shouldCountEveryTokenOfOneUserAgainstTheSameAllowance() {
		for (int i = 0; i < BURST; i++) {
			api().get("/api/me", issuer.tokenFor(DemoUser.VANNA));
		}

		assertProblem(api().get("/api/me", issuer.tokenFor(DemoUser.VANNA)), 429, "rate-limited");
	}

	@Test
	void shouldLimitSignedOutCallersByTheirAddressAndAnswerInKhmer() {
		for (int i = 0; i < BURST; i++) {
			assertProblem(api().get("/api/organisations", null), 401, "unauthenticated");
		}

		Response refused = api()
			.send(api().request("/api/organisations", null).header("Accept-Language", "km").GET().build());

		assertProblem(refused, 429, "rate-limited");
		assertThat(refused.json().get("title").asString()).isEqualTo("សំណើច្រើនពេក");
		assertThat(refused.header("Retry-After")).isNotBlank();
		assertThat(api().get("/api/me", issuer.tokenFor(DemoUser.RITHY)).status())
			.as("a signed-in user from the same address")
			.isEqualTo(200);
	}

}
