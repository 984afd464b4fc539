package org.partnernetwork.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.RawHttp;
import org.partnernetwork.testsupport.RawHttp.Answer;
import org.partnernetwork.testsupport.ResourceServerContract;
import org.partnernetwork.testsupport.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bearer tokens that fail verification are limited per client address, tightly here (5 at
 * once, then one every 10 s): the sixth unverified token from an address is refused with
 * 429 before its signature is checked — a valid token the gateway has not seen yet
 * included — while a token it has already verified is still served, and other addresses
 * are not affected. Each case comes from a loopback address of its own; generated over
 * every kind of bad token × the paths and methods it is sent to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvalidTokenLimitIntegrationTest {

	static final int ALLOWANCE = 5;

	static final TestIssuer issuer = TestIssuer.shared();

	static final WireMockServer organisations = StandIns.organisationsListingNone();

	/** 127.0.0.10, 127.0.0.11, …: one client address per case. */
	static final AtomicInteger addresses = new AtomicInteger(10);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		StandIns.keycloak(issuer, registry);
		registry.add("ORGANISATION_SERVICE_URL", organisations::baseUrl);
		registry.add("GATEWAY_INVALID_TOKEN_LIMIT_BURST", () -> ALLOWANCE);
		registry.add("GATEWAY_INVALID_TOKEN_LIMIT_RPS", () -> "0.1");
		// the same few users call in every case: their own allowance is not what is
		// tested here
		registry.add("GATEWAY_RATE_LIMIT_RPS", () -> "1000");
		registry.add("GATEWAY_RATE_LIMIT_BURST", () -> "1000");
	}

	@AfterAll
	static void stopServices() {
		organisations.stop();
	}

	static Stream<Arguments> badTokens() {
		List<String> tokens = new ArrayList<>(ResourceServerContract.invalidTokens());
		tokens.add(issuer.token().user(DemoUser.DARA).type("Refresh").build());
		tokens.add("###");
		tokens.add("a".repeat(4_000));
		List<Arguments> cases = new ArrayList<>();
		for (int kind = 0; kind < tokens.size(); kind++) {
			for (String request : List.of("GET /api/organisations", "POST /api/organisations", "GET /api/me")) {
				cases.add(Arguments.of(kind + 1, tokens.get(kind), request));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "bad token #{0}, {2}")
	@MethodSource("badTokens")
	void shouldRefuseAnAddressMoreUnverifiedTokensOnceItsFailuresAreSpent(int kind, String badToken, String request) {
		String[] line = request.split(" ");
		RawHttp client = new RawHttp("http://127.0.0.1:" + port, "127.0.0." + addresses.getAndIncrement());
		String knownToken = issuer.tokenFor(DemoUser.SOKHA);
		assertThat(client.send("GET", "/api/me", bearer(knownToken), null).status()).as("verified once").isEqualTo(200);

		for (int i = 0; i < ALLOWANCE; i++) {
			Answer refused = client.send(line[0], line[1], bearer(badToken), "{}");
			assertThat(refused.status()).as("bad token %d of the allowance", i + 1).isEqualTo(401);
			assertThat(refused.json().get("type").asString()).isEqualTo("urn:partner-network:problem:invalid-token");
		}
		Answer limited = client.send(line[0], line[1], bearer(badToken), "{}");
		Answer unseenValidToken = client.send("GET", "/api/me", bearer(issuer.tokenFor(DemoUser.RITHY)), null);
		Answer knownValidToken = client.send("GET", "/api/me", bearer(knownToken), null);
		Answer otherAddress = new RawHttp("http://127.0.0.1:" + port, "127.0.0." + addresses.getAndIncrement())
			.send(line[0], line[1], bearer(badToken), "{}");

		assertRateLimited(limited);
		assertRateLimited(unseenValidToken);
		assertThat(knownValidToken.status()).as("a token verified before").isEqualTo(200);
		assertThat(otherAddress.status()).as("another address").isEqualTo(401);
	}

	private static void assertRateLimited(Answer answer) {
		assertThat(answer.status()).isEqualTo(429);
		assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
		assertThat(answer.json().get("type").asString()).isEqualTo("urn:partner-network:problem:rate-limited");
		assertThat(Long.parseLong(answer.header("retry-after"))).isBetween(1L, 10L);
	}

	private static List<String> bearer(String token) {
		return List.of("Authorization: Bearer " + token, "Content-Type: application/json");
	}

}
