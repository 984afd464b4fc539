package org.partnernetwork.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.RawHttp;
import org.partnernetwork.testsupport.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway as an outside probe meets it: real RS256 tokens from the test issuer, and
 * one stand-in for the three services that answers every request it is sent as a service
 * answers for a resource it does not have (404 Problem Details). The rate limits are out
 * of the way here (each probe sends hundreds of requests from one address);
 * {@link RateLimitIntegrationTest} and {@link InvalidTokenLimitIntegrationTest} test
 * them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayProbeTest {

	static final TestIssuer issuer = TestIssuer.shared();

	static final WireMockServer services = started();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		StandIns.keycloak(issuer, registry);
		registry.add("ORGANISATION_SERVICE_URL", services::baseUrl);
		registry.add("REFERRAL_SERVICE_URL", services::baseUrl);
		registry.add("VOCATIONAL_SERVICE_URL", services::baseUrl);
		registry.add("GATEWAY_RATE_LIMIT_RPS", () -> "100000");
		registry.add("GATEWAY_RATE_LIMIT_BURST", () -> "100000");
		registry.add("GATEWAY_INVALID_TOKEN_LIMIT_RPS", () -> "100000");
		registry.add("GATEWAY_INVALID_TOKEN_LIMIT_BURST", () -> "100000");
	}

	private static WireMockServer started() {
		var server = StandIns.service();
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:not-found\",\"title\":\"Not found\",\"status\":404}")));
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	RawHttp raw() {
		return new RawHttp("http://127.0.0.1:" + port);
	}

	HttpApi api() {
		return new HttpApi("http://localhost:" + port);
	}

}
