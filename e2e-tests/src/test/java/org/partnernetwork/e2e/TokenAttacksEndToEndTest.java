package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnernetwork.launcher.PlatformUrls;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * Forged and misused tokens against the gateway (one route per service) and against each
 * service called directly, bypassing the gateway: every one is refused with 401 Problem
 * Details. The claim-level forgeries carry a valid signature from a key the realm
 * publishes ({@link TrustedKey}), and a control token — the claims of sophea.aple's real
 * access token, freshly timed, signed with that key — is accepted on every target first,
 * so each refusal is for the one thing changed and not for the signature.
 */
class TokenAttacksEndToEndTest {

	private static final Duration KEY_REFRESH = Duration.ofSeconds(60);

	private static String accessToken;

	private static String idToken;

	@BeforeAll
	static void signIn() {
		Response tokens = new HttpApi(RunningPlatform.urls().keycloak())
			.send(HttpRequest.newBuilder(URI.create(RunningPlatform.urls().tokenEndpoint()))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						"grant_type=password&client_id=partner-cli&scope=openid&username=sophea.aple&password=demo"))
				.build());
		assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
		accessToken = tokens.json().get("access_token").asString();
		idToken = tokens.json().get("id_token").asString();
	}

	record Target(String name, String baseUrl, String path) {

		Response call(String token) {
			return new HttpApi(baseUrl).get(path, token);
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static List<Target> targets() {
		PlatformUrls urls = RunningPlatform.urls();
		return List.of(new Target("gateway → organisation-service", urls.gateway(), "/api/organisations/aple"),
				new Target("gateway → referral-service", urls.gateway(), "/api/referrals?box=outgoing&size=1"),
				new Target("gateway → vocational-service", urls.gateway(), "/api/openings?size=1"),
				new Target("organisation-service", urls.organisationService(), "/api/organisations/aple"),
				new Target("referral-service", urls.referralService(), "/api/referrals?box=outgoing&size=1"),
				new Target("vocational-service", urls.vocationalService(), "/api/openings?size=1"));
	}

	@Test
	void shouldAcceptTheControlTokenEverywhereWhileKeycloakKeepsSigningWithItsOwnKey() {
		TrustedKey trusted = TrustedKey.get();
		assertThat(ForgedTokens.header(RunningPlatform.passwordGrant(DemoUser.SOPHEA)).getKeyID())
			.as("Keycloak still signs with its own key")
			.isNotEqualTo(trusted.kid());
		for (Target target : targets()) {
			Response answer = controlAnswer(target, trusted);
			assertThat(answer.status()).as("%s: %s", target, answer.body()).isEqualTo(200);
		}
	}

	@TestFactory
	Stream<DynamicTest> shouldRefuseEveryForgedOrMisusedTokenWithProblemDetails() {
		TrustedKey trusted = TrustedKey.get();
		Map<String, Supplier<String>> attacks = ForgedTokens.attacks(trusted, accessToken, idToken);
		List<DynamicTest> tests = new ArrayList<>();
		for (Target target : targets()) {
			tests.add(DynamicTest.dynamicTest(target + ": the control token is accepted",
					() -> assertThat(controlAnswer(target, trusted).status()).isEqualTo(200)));
			attacks
				.forEach((attack, token) -> tests.add(DynamicTest.dynamicTest(target + ": " + attack + " → 401", () -> {
					Response answer = target.call(token.get());
					assertProblem(answer, 401, "invalid-token");
					assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
				})));
		}
		return tests.stream();
	}

	/**
	 * The control token is accepted once the target has fetched the realm's key set since
	 * the key was added.
	 */
	private static Response controlAnswer(Target target, TrustedKey trusted) {
		return Deadline.poll(KEY_REFRESH, () -> target.call(trusted.resign(accessToken, claims -> claims)),
				answer -> answer.status() != 401);
	}

}
