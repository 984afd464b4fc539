package org.partnernetwork.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.TestIssuer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two replicas of the gateway, A and B, with {@code GATEWAY_REDIS_ENABLED} on the
 * machine's Redis (127.0.0.1:6379), as behind the cluster's load balancer: a person's
 * sign-in begun on A is finished on B and used on A, and a user's rate limit counts the
 * requests sent to both. Keycloak's token endpoint is WireMock, answering the code with
 * an ID token signed by the test issuer for the nonce the sign-in sent.
 */
class RedisReplicasIntegrationTest {

	static final String REALM = "/realms/partner-network/protocol/openid-connect";

	static final int BURST = 6;

	static final TestIssuer issuer = TestIssuer.shared();

	static final WireMockServer keycloak = StandIns.service();

	static final WireMockServer organisations = StandIns.organisationsListingNone();

	static ConfigurableApplicationContext replicaA;

	static ConfigurableApplicationContext replicaB;

	@BeforeAll
	static void startReplicas() throws IOException, InterruptedException {
		keycloak.stubFor(get(REALM + "/certs").willReturn(okJson(keysOf(issuer))));
		replicaA = replica();
		replicaB = replica();
	}

	@AfterAll
	static void stopReplicas() {
		for (var replica : List.of(replicaA, replicaB)) {
			replica.close();
		}
		keycloak.stop();
		organisations.stop();
	}

	@Test
	void shouldFinishOnReplicaBASignInBegunOnAAndKeepThePersonSignedInOnBoth() {
		Response toKeycloak = on(replicaA).get("/oauth2/authorization/keycloak", null);
		assertThat(toKeycloak.status()).isEqualTo(302);
		URI authorization = URI.create(toKeycloak.header("Location"));
		String signingIn = sessionCookie(toKeycloak);
		String subject = UUID.randomUUID().toString();
		keycloak.stubFor(post(REALM + "/token").willReturn(okJson(tokens(subject, query(authorization, "nonce")))));
		keycloak.stubFor(get(REALM + "/userinfo").willReturn(okJson("""
				{"sub":"%s","preferred_username":"replica.person"}""".formatted(subject))));

		Response back = on(replicaB).send(on(replicaB)
			.request("/login/oauth2/code/keycloak?code=issued-by-keycloak&state=" + query(authorization, "state"), null)
			.header("Accept", "text/html")
			.header("Cookie", signingIn)
			.GET()
			.build());

		assertThat(back.status()).as("signed in on B: sent on to the page asked for").isEqualTo(302);
		assertThat(back.header("Location")).doesNotContain("error");
		keycloak
			.verify(postRequestedFor(urlPathEqualTo(REALM + "/token")).withRequestBody(containing("code_verifier=")));
		String signedIn = sessionCookie(back);
		for (var replica : List.of(replicaA, replicaB)) {
			Response me = on(replica)
				.send(on(replica).request("/api/me", null).header("Cookie", signedIn).GET().build());
			assertThat(me.status()).isEqualTo(200);
			assertThat(me.json().get("userId").asString()).isEqualTo(subject);
			assertThat(me.json().get("signedInWith").asString()).isEqualTo("session");
		}
		assertThat(on(replicaA).send(on(replicaA).request("/api/me", null).header("Cookie", signingIn).GET().build())
			.status()).as("the session before sign-in, replaced at sign-in").isEqualTo(401);
	}

	@Test
	void shouldCountOneUsersRequestsToBothReplicasAgainstOneAllowance() {
		String token = issuer.token().username("replica.test").build();
		for (int i = 0; i < BURST; i++) {
			var replica = i % 2 == 0 ? replicaA : replicaB;
			assertThat(on(replica).get("/api/organisations", token).status()).as("request %d of the burst", i + 1)
				.isEqualTo(200);
		}

		Response refusedOnA = on(replicaA).get("/api/organisations", token);
		Response refusedOnB = on(replicaB).get("/api/organisations", token);

		assertProblem(refusedOnA, 429, "rate-limited");
		assertProblem(refusedOnB, 429, "rate-limited");
		assertThat(Long.parseLong(refusedOnB.header("Retry-After"))).isBetween(1L, 10L);
		assertThat(on(replicaB).get("/api/organisations", issuer.token().username("other.user").build()).status())
			.as("another user, at the same moment")
			.isEqualTo(200);
	}

	private static ConfigurableApplicationContext replica() {
		Map<String, Object> settings = new HashMap<>();
		issuer.register(settings::put);
		settings.put("KEYCLOAK_URL", issuer.issuerUri().replace("/realms/partner-network", ""));
		settings.put("KEYCLOAK_INTERNAL_URL", keycloak.baseUrl());
		settings.put("ORGANISATION_SERVICE_URL", organisations.baseUrl());
		settings.put("server.port", "0");
		settings.put("GATEWAY_REDIS_ENABLED", "true");
		settings.put("spring.data.redis.host", "127.0.0.1");
		settings.put("spring.data.redis.port", "6379");
		// one request every 10 s after the burst: a slow machine's burst must not earn
		// one back
		settings.put("GATEWAY_RATE_LIMIT_RPS", "0.1");
		settings.put("GATEWAY_RATE_LIMIT_BURST", String.valueOf(BURST));
		// as arguments: they win over application.yml, as the environment does when the
		// gateway runs
		return new SpringApplicationBuilder(GatewayApplication.class).run(settings.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new));
	}

	private static HttpApi on(ConfigurableApplicationContext replica) {
		return new HttpApi("http://localhost:" + replica.getEnvironment().getProperty("local.server.port"));
	}

	/** Keycloak's answer to the code: the ID token carries the nonce it was sent. */
	private static String tokens(String subject, String nonce) {
		String idToken = issuer.token()
			.username("replica.person")
			.audience("gateway")
			.type("ID")
			.claim("sub", subject)
			.claim("azp", "gateway")
			.claim("nonce", nonce)
			.build();
		String accessToken = issuer.token().username("replica.person").claim("sub", subject).build();
		return """
				{"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid"}"""
			.formatted(accessToken, idToken);
	}

	private static String keysOf(TestIssuer issuer) throws IOException, InterruptedException {
		try (var client = HttpClient.newHttpClient()) {
			return client
				.send(HttpRequest.newBuilder(URI.create(issuer.jwkSetUri())).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
	}

	private static String sessionCookie(Response response) {
		return response.raw()
			.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.map(cookie -> cookie.split(";")[0])
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.raw().headers()));
	}

	private static String query(URI uri, String name) {
		for (String parameter : uri.getRawQuery().split("&")) {
			if (parameter.startsWith(name + "=")) {
				return parameter.substring(name.length() + 1);
			}
		}
		throw new AssertionError(name + " missing from " + uri);
	}

}
