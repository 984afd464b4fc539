package org.partnernetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.TestToken;

/**
 * A token is checked against the gateway's clock with 5 s of skew (TOKEN_CLOCK_SKEW), not
 * Spring's default 60 s: expired 10 s ago, it is refused, for writes as for reads;
 * expiring in 10 s, it is accepted; valid only from 10 s from now, it is refused.
 * Generated over expiry and not-before offsets × reads and writes.
 */
class TokenClockSkewIntegrationTest extends GatewayProbeTest {

	/** Seconds from now → whether a token expiring then is accepted. */
	static final List<Object[]> EXPIRIES = List.of(new Object[] { -120, false }, new Object[] { -59, false },
			new Object[] { -30, false }, new Object[] { -10, false }, new Object[] { -7, false },
			new Object[] { -1, true }, new Object[] { 10, true }, new Object[] { 300, true });

	/** Seconds from now → whether a token valid from then is accepted. */
	static final List<Object[]> NOT_BEFORES = List.of(new Object[] { 600, false }, new Object[] { 59, false },
			new Object[] { 10, false }, new Object[] { 7, false }, new Object[] { 1, true },
			new Object[] { -10, true });

	static final List<String> REQUESTS = List.of("GET /api/organisations", "POST /api/organisations",
			"DELETE /api/referrals/9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d", "GET /api/me");

	static Stream<Arguments> expiries() {
		return cases(EXPIRIES);
	}

	static Stream<Arguments> notBefores() {
		return cases(NOT_BEFORES);
	}

	@ParameterizedTest(name = "expiring in {0} s: accepted {1}, {2}")
	@MethodSource("expiries")
	void shouldAllowFiveSecondsOfSkewOnExpiry(int seconds, boolean accepted, String request) {
		TestToken token = issuer.token().user(DemoUser.SOPHEA).expiresAt(Instant.now().plusSeconds(seconds));

		assertAccepted(send(request, token.build()), accepted);
	}

	@ParameterizedTest(name = "valid from {0} s from now: accepted {1}, {2}")
	@MethodSource("notBefores")
	void shouldAllowFiveSecondsOfSkewOnNotBefore(int seconds, boolean accepted, String request) {
		TestToken token = issuer.token().user(DemoUser.SOPHEA).notBefore(Instant.now().plusSeconds(seconds));

		assertAccepted(send(request, token.build()), accepted);
	}

	private static void assertAccepted(Response response, boolean accepted) {
		if (accepted) {
			assertThat(response.status()).as(response.body()).isNotIn(401, 403);
		}
		else {
			assertProblem(response, 401, "invalid-token");
		}
	}

	private Response send(String request, String token) {
		String[] line = request.split(" ");
		return api().send(api().request(line[1], token)
			.header("Content-Type", "application/json")
			.method(line[0], HttpRequest.BodyPublishers.ofString("{}"))
			.build());
	}

	private static Stream<Arguments> cases(List<Object[]> offsets) {
		List<Arguments> cases = new ArrayList<>();
		offsets.forEach(offset -> REQUESTS.forEach(request -> cases.add(Arguments.of(offset[0], offset[1], request))));
		return cases.stream();
	}

}
