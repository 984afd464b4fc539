package org.partnernetwork.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * What every service promises whatever its domain: bad tokens are refused with Problem
 * Details, unknown routes answer Problem Details, health, metrics and the OpenAPI
 * document are published. A service's {@code @SpringBootTest} implements this and names
 * one of its API paths.
 */
public interface ResourceServerContract {

	/** A client of the running service. */
	HttpApi api();

	/** A path of the service's own API that a signed-in user may GET. */
	String protectedPath();

	static List<String> invalidTokens() {
		TestIssuer issuer = TestIssuer.shared();
		return List.of(issuer.token().user(DemoUser.SOPHEA).expiresAt(Instant.now().minusSeconds(120)).build(),
				issuer.token().user(DemoUser.SOPHEA).notBefore(Instant.now().plusSeconds(600)).build(),
				issuer.token().user(DemoUser.SOPHEA).issuer("http://localhost:1/realms/partner-network").build(),
				issuer.token().user(DemoUser.SOPHEA).audience("account").build(),
				issuer.token().user(DemoUser.SOPHEA).unsigned().build(),
				issuer.token().user(DemoUser.SOPHEA).signedWithUnknownKey().build(),
				issuer.token().user(DemoUser.SOPHEA).hs256SignedWithPublicKey().build(),
				issuer.token().user(DemoUser.SOPHEA).type("ID").build(), "not-a-jwt");
	}

	@ParameterizedTest(name = "invalid token #{index} is refused")
	@MethodSource("org.partnernetwork.testsupport.ResourceServerContract#invalidTokens")
	default void shouldRefuseInvalidTokensWithProblemDetails(String token) {
		Response response = api().get(protectedPath(), token);

		assertProblem(response, 401, "invalid-token");
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	default void shouldAskForATokenWhenThereIsNone() {
		assertProblem(api().get(protectedPath(), null), 401, "unauthenticated");
	}

	@Test
	default void shouldRefuseUserTokensOnInternalEndpoints() {
		assertProblem(api().post("/internal/anything", TestIssuer.shared().tokenFor(DemoUser.SOPHEA), "{}"), 403,
				"forbidden");
	}

	@Test
	default void shouldAnswerUnknownRoutesWithProblemDetails() {
		assertProblem(api().get("/api/nothing-here", TestIssuer.shared().tokenFor(DemoUser.SOPHEA)), 404, "not-found");
	}

	@Test
	default void shouldReportReadinessWithoutAToken() {
		assertThat(api().get("/actuator/health/readiness", null).status()).isEqualTo(200);
	}

	@Test
	default void shouldShowMetricsToAMonitoringTokenOnly() {
		TestIssuer issuer = TestIssuer.shared();
		String monitoring = issuer.token().username("service-account-monitoring").roles("monitoring").build();

		assertProblem(api().get("/actuator/prometheus", null), 401, "unauthenticated");
		assertProblem(api().get("/actuator/prometheus", issuer.tokenFor(DemoUser.SOKHA)), 403, "forbidden");
		assertProblem(api().get("/actuator/prometheus", issuer.serviceToken("referral-service")), 403, "forbidden");
		assertThat(api().get("/actuator/prometheus", monitoring).body()).contains("jvm_memory_used_bytes");
	}

	/**
	 * Clocks may drift apart by a few seconds, not by Spring's default minute: writes
	 * with a stale token fail.
	 */
	@ParameterizedTest(name = "a token expired {0} s ago is refused")
	@ValueSource(ints = { 10, 30, 59 })
	default void shouldRefuseATokenExpiredMoreThanAFewSecondsAgo(int secondsAgo) {
		String expired = TestIssuer.shared()
			.token()
			.user(DemoUser.SOPHEA)
			.expiresAt(Instant.now().minusSeconds(secondsAgo))
			.build();

		assertProblem(api().get(protectedPath(), expired), 401, "invalid-token");
	}

	@ParameterizedTest(name = "a token valid from {0} s on is refused")
	@ValueSource(ints = { 10, 30, 59 })
	default void shouldRefuseATokenNotValidForMoreThanAFewSeconds(int secondsAhead) {
		String early = TestIssuer.shared()
			.token()
			.user(DemoUser.SOPHEA)
			.notBefore(Instant.now().plusSeconds(secondsAhead))
			.build();

		assertProblem(api().get(protectedPath(), early), 401, "invalid-token");
	}

	@Test
	default void shouldAcceptATokenThatExpiresInAFewSeconds() {
		String fresh = TestIssuer.shared()
			.token()
			.user(DemoUser.SOPHEA)
			.expiresAt(Instant.now().plusSeconds(10))
			.build();

		assertThat(api().get(protectedPath(), fresh).status()).isLessThan(400);
	}

	@Test
	default void shouldPublishItsOpenApiDocument() {
		Response response = api().get("/v3/api-docs", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("openapi").asString()).startsWith("3.");
		assertThat(response.json().get("components").get("securitySchemes").has("keycloak")).isTrue();
		assertThat(response.json().findValues("parameters"))
			.as("what a client puts in a path, query or header is a plain value, never a whole object"
					+ " (the signed-in user comes from the token, search criteria are separate parameters)")
			.allSatisfy(parameters -> assertThat(parameters.findValues("$ref")).isEmpty());
	}

}
