package org.partnernetwork.organisation.onboarding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Onboarding makes the Keycloak organization and the directory entry together, or
 * neither. WireMock plays Keycloak.
 */
class OnboardingIntegrationTest extends ServiceIntegrationTest {

	static final WireMockServer keycloak = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	static final String ORGANIZATIONS = "/admin/realms/partner-network/organizations";

	static {
		keycloak.start();
	}

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("partner-network.keycloak.url", keycloak::baseUrl);
	}

	@AfterAll
	static void stopKeycloak() {
		keycloak.stop();
	}

	@BeforeEach
	void serviceAccountToken() {
		keycloak.resetAll();
		keycloak.stubFor(post(urlEqualTo("/realms/partner-network/protocol/openid-connect/token"))
			.willReturn(okJson("{\"access_token\":\"service-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
	}

	@Test
	void shouldCreateTheKeycloakOrganizationAndTheEntry() {
		keycloak.stubFor(post(urlEqualTo(ORGANIZATIONS)).willReturn(aResponse().withStatus(201)
			.withHeader("Location", keycloak.baseUrl() + ORGANIZATIONS + "/2f7c1d4e-0000-4000-8000-000000000001")));

		Response created = onboard("kampot-care", "Kampot Child Care");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/organisations/kampot-care");
		keycloak.verify(postRequestedFor(urlEqualTo(ORGANIZATIONS))
			.withRequestBody(equalToJson("{\"alias\":\"kampot-care\",\"name\":\"Kampot Child Care\"}", true, true)));
		assertThat(api().get("/api/organisations/kampot-care", issuer.tokenFor(DemoUser.DARA)).status()).isEqualTo(200);
	}

	@Test
	void shouldCreateNothingWhenKeycloakRefuses() {
		keycloak.stubFor(post(urlEqualTo(ORGANIZATIONS)).willReturn(aResponse().withStatus(409)));

		assertProblem(onboard("kep-care", "Kep Care"), 409, "slug-taken");
		assertProblem(api().get("/api/organisations/kep-care", issuer.tokenFor(DemoUser.DARA)), 404, "not-found");
	}

	@Test
	void shouldCreateNothingWhenKeycloakIsDown() {
		keycloak
			.stubFor(post(urlEqualTo(ORGANIZATIONS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertProblem(onboard("pailin-care", "Pailin Care"), 503, "identity-unavailable");
		assertProblem(api().get("/api/organisations/pailin-care", issuer.tokenFor(DemoUser.DARA)), 404, "not-found");
	}

	@Test
	void shouldRefuseATakenSlugBeforeAskingKeycloak() {
		assertProblem(onboard("aple", "Another APLE"), 409, "slug-taken");
		keycloak.verify(0, postRequestedFor(urlEqualTo(ORGANIZATIONS)));
	}

	@Test
	void shouldRefuseABadSlugAndOnlyLetTheNetworkAdminOnboard() {
		assertProblem(onboard("Bad Slug!", "Bad"), 400, "validation");
		assertProblem(api().post("/api/organisations", issuer.tokenFor(DemoUser.SOKHA),
				"{\"slug\":\"sokha-org\",\"name\":{\"en\":\"Sokha's\"}}"), 403, "forbidden");
		keycloak.verify(0, postRequestedFor(urlEqualTo(ORGANIZATIONS)));
		keycloak.verify(0, deleteRequestedFor(urlPathMatching(ORGANIZATIONS + "/.*")));
	}

	private Response onboard(String slug, String name) {
		return api().post("/api/organisations", issuer.tokenFor(DemoUser.ADMIN_NETWORK), """
				{"slug":"%s","name":{"en":"%s","km":"អង្គការ"},"contact":{"email":"info@%s.example.org"}}"""
			.formatted(slug, name, slug));
	}

}
