package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
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

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

/**
 * Forged and misused tokens against the gateway (one route per service) and against each service called
 * directly, bypassing the gateway: every one is refused with 401 Problem Details. The claim-level forgeries
 * carry a valid signature from a key the realm publishes ({@link TrustedKey}), and a control token — the
 * claims of sophea.aple's real access token, freshly timed, signed with that key — is accepted on every
 * target first, so each refusal is for the one thing changed and not for the signature.
 */
class TokenAttacksEndToEndTest {

	private static final Duration KEY_REFRESH = Duration.ofSeconds(60);

	private static String accessToken;

	private static String idToken;

	@BeforeAll
	static void signIn() {
		Response tokens = new HttpApi(RunningPlatform.urls().keycloak()).send(HttpRequest.newBuilder(
				URI.create(RunningPlatform.urls().tokenEndpoint()))
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
		assertThat(header(RunningPlatform.passwordGrant(DemoUser.SOPHEA)).getKeyID())
			.as("Keycloak still signs with its own key").isNotEqualTo(trusted.kid());
		for (Target target : targets()) {
			Response answer = controlAnswer(target, trusted);
			assertThat(answer.status()).as("%s: %s", target, answer.body()).isEqualTo(200);
		}
	}

	@TestFactory
	Stream<DynamicTest> shouldRefuseEveryForgedOrMisusedTokenWithProblemDetails() {
		TrustedKey trusted = TrustedKey.get();
		Map<String, Supplier<String>> attacks = attacks(trusted);
		List<DynamicTest> tests = new ArrayList<>();
		for (Target target : targets()) {
			tests.add(DynamicTest.dynamicTest(target + ": the control token is accepted",
					() -> assertThat(controlAnswer(target, trusted).status()).isEqualTo(200)));
			attacks.forEach((attack, token) -> tests.add(DynamicTest.dynamicTest(target + ": " + attack + " → 401", () -> {
				Response answer = target.call(token.get());
				assertProblem(answer, 401, "invalid-token");
				assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
			})));
		}
		return tests.stream();
	}

	/** Each attack changes one thing of the control token, or is a token of the wrong kind. */
	private static Map<String, Supplier<String>> attacks(TrustedKey trusted) {
		Instant now = Instant.now();
		Map<String, Supplier<String>> attacks = new LinkedHashMap<>();
		attacks.put("expired two minutes ago", () -> trusted.resign(accessToken, claims -> claims
			.issueTime(Date.from(now.minusSeconds(420))).expirationTime(Date.from(now.minusSeconds(120)))));
		attacks.put("not valid before ten minutes from now",
				() -> trusted.resign(accessToken, claims -> claims.notBeforeTime(Date.from(now.plusSeconds(600)))));
		attacks.put("issued by another realm of the same Keycloak", () -> trusted.resign(accessToken,
				claims -> claims.issuer(RunningPlatform.urls().keycloak() + "/realms/master")));
		attacks.put("for another audience", () -> trusted.resign(accessToken, claims -> claims.audience("account")));
		attacks.put("an ID token's type (typ ID) with every other claim valid",
				() -> trusted.resign(accessToken, claims -> claims.claim("typ", "ID")));
		attacks.put("alg none", () -> new PlainJWT(TrustedKey.claimsOf(trusted.resign(accessToken, claims -> claims)))
			.serialize());
		attacks.put("HS256 with the realm's RSA public key as the HMAC secret", () -> hs256WithRealmKey(trusted));
		attacks.put("signed by an unknown key with an unknown kid",
				() -> TrustedKey.sign(TrustedKey.claimsOf(trusted.resign(accessToken, claims -> claims)),
						TrustedKey.generate("unknown-key")));
		attacks.put("signed by an unknown key under the trusted key's kid",
				() -> TrustedKey.sign(TrustedKey.claimsOf(trusted.resign(accessToken, claims -> claims)),
						TrustedKey.generate(trusted.kid())));
		attacks.put("a real access token with network-admin added to its roles", TokenAttacksEndToEndTest::tampered);
		attacks.put("a real Keycloak ID token", () -> idToken);
		return attacks;
	}

	/** The control token is accepted once the target has fetched the realm's key set since the key was added. */
	private static Response controlAnswer(Target target, TrustedKey trusted) {
		Instant deadline = Instant.now().plus(KEY_REFRESH);
		while (true) {
			Response answer = target.call(trusted.resign(accessToken, claims -> claims));
			if (answer.status() != 401 || Instant.now().isAfter(deadline)) {
				return answer;
			}
			Polling.pause(Duration.ofMillis(500));
		}
	}

	private static String hs256WithRealmKey(TrustedKey trusted) {
		String realmKid = header(accessToken).getKeyID();
		JsonNode realmKey = KeycloakAdmin.publishedKeys().stream()
			.filter(jwk -> jwk.get("kid").asString().equals(realmKid))
			.findFirst()
			.orElseThrow();
		try {
			byte[] secret = new RSAKey.Builder(new Base64URL(realmKey.get("n").asString()),
					new Base64URL(realmKey.get("e").asString())).build().toRSAPublicKey().getEncoded();
			var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(realmKid).build(),
					TrustedKey.claimsOf(trusted.resign(accessToken, claims -> claims)));
			jwt.sign(new MACSigner(secret));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Keycloak's own signature, over claims that no longer match it. */
	private static String tampered() {
		String[] parts = accessToken.split("\\.");
		JWTClaimsSet claims = TrustedKey.claimsOf(accessToken);
		Object roles = List.of("coordinator", "network-admin");
		JWTClaimsSet escalated = new JWTClaimsSet.Builder(claims).claim("realm_access", Map.of("roles", roles)).build();
		return parts[0] + "." + Base64URL.encode(escalated.toString()) + "." + parts[2];
	}

	private static JWSHeader header(String token) {
		try {
			return SignedJWT.parse(token).getHeader();
		}
		catch (java.text.ParseException ex) {
			throw new IllegalArgumentException(ex);
		}
	}
}
