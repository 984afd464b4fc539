package org.partnernetwork.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.junit.jupiter.api.BeforeEach;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.PeerStandIn;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * referral-service as it runs, with WireMock in place of organisation-service answering
 * for the demo directory: tdh-nl offers psychosocial counselling for ages 6–17,
 * kandal-vtc vocational training for 16–24; of notification-service (which can go down
 * and come back, and takes every event in when nothing else is said); and of Keycloak's
 * token endpoint handing the service its own token. The outbox relay runs every 200 ms.
 */
public abstract class ReferralIntegrationTest extends ServiceIntegrationTest {

	protected static final WireMockServer directory = startDirectory();

	protected static final PeerStandIn notifications = new PeerStandIn(
			server -> server.stubFor(post(urlPathEqualTo("/internal/events")).atPriority(10)
				.willReturn(aResponse().withStatus(202)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"duplicate\": false}"))));

	protected static final WireMockServer keycloak = startDirectory();

	protected static final String SERVICE_TOKEN = issuer.serviceToken("referral-service");

	@DynamicPropertySource
	static void organisationService(DynamicPropertyRegistry registry) {
		registry.add("partner-network.peers.organisation-service", directory::baseUrl);
		registry.add("partner-network.peers.notification-service", notifications::baseUrl);
		registry.add("spring.security.oauth2.client.provider.keycloak.token-uri",
				() -> keycloak.baseUrl() + "/realms/partner-network/protocol/openid-connect/token");
		registry.add("partner-network.outbox.relay-interval", () -> "200ms");
		registry.add("partner-network.outbox.first-retry", () -> "300ms");
		registry.add("partner-network.outbox.max-retry", () -> "1s");
		registry.add("resilience4j.circuitbreaker.instances.notification-service.wait-duration-in-open-state",
				() -> "1s");
	}

	private static WireMockServer startDirectory() {
		var server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		return server;
	}

	@BeforeEach
	protected void demoDirectory() {
		notifications.up();
		keycloak.stubFor(post(urlPathEqualTo("/realms/partner-network/protocol/openid-connect/token"))
			.willReturn(okJson("{\"access_token\": \"%s\", \"token_type\": \"Bearer\", \"expires_in\": 300}"
				.formatted(SERVICE_TOKEN))));
		directory.resetAll();
		stubOrganisation("tdh-nl", "active", """
				{"serviceType": "psychosocial-counselling", "eligibility": {"minAge": 6, "maxAge": 17, "sex": "any"},
				 "capacityStatus": "available", "name": {"en": "Counselling", "km": "ការប្រឹក្សា"}},
				{"serviceType": "education-support", "eligibility": {"minAge": 6, "maxAge": 17, "sex": "any"}}""");
		stubOrganisation("kandal-vtc", "active", """
				{"serviceType": "vocational-training", "eligibility": {"minAge": 16, "maxAge": 24, "sex": "any"}}""");
		stubOrganisation("mekong-youth", "active", """
				{"serviceType": "shelter", "eligibility": {"minAge": 6, "maxAge": 17, "sex": "female"}}""");
		directory.stubFor(get(urlPathEqualTo("/api/organisations/nobody")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"status\":404}")));
	}

	/**
	 * organisation-service's answer for an organisation, with fields the client does not
	 * use.
	 */
	protected static void stubOrganisation(String slug, String status, String services) {
		directory.stubFor(get(urlPathEqualTo("/api/organisations/" + slug))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
					{"id": "00000000-0000-4000-8000-00000000a0ff", "slug": "%s", "status": "%s",
					 "name": {"en": "Demo", "km": "សាកល្បង"}, "lastVerifiedAt": "2026-11-01T00:00:00Z",
					 "services": [%s], "locations": [], "version": 3}""".formatted(slug, status, services))));
	}

	protected String token(DemoUser user) {
		return issuer.tokenFor(user);
	}

	/**
	 * A referral body from aple to tdh-nl for a 12-year-old boy from Kandal;
	 * {@code extra} adds or replaces fields.
	 */
	protected static String referralBody(String extra) {
		return """
				{"receiverOrganisation": "tdh-nl", "serviceType": "psychosocial-counselling", "kind": "SERVICE",
				 "caseReference": "APLE-2026-0412",
				 "child": {"sex": "male", "ageYears": 12, "province": "KH-8", "languages": ["km"]},
				 "urgency": "HIGH", "riskLevel": "MEDIUM",
				 "summary": "Boy, 12, needs counselling twice a month after testifying; lives with his grandmother.",
				 "consent": {"givenBy": "CAREGIVER", "childAssented": true, "recordedAt": "2026-11-20T09:00:00Z"}%s}"""
			.formatted(extra.isEmpty() ? "" : ", " + extra);
	}

	protected Response create(DemoUser user, String body) {
		return api().post("/api/referrals", token(user), body);
	}

	/** A referral from sophea.aple to tdh-nl, sent; answers its id. */
	protected String sentReferral() {
		Response created = create(DemoUser.SOPHEA, referralBody("\"send\": true"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	protected Response act(DemoUser user, String id, String action, String body) {
		return api().post("/api/referrals/" + id + "/" + action, token(user), body);
	}

	protected Response read(DemoUser user, String id) {
		return api().get("/api/referrals/" + id, token(user));
	}

	/** The note texts on a referral's timeline that this reader may see. */
	protected static List<String> notes(Response referral) {
		return referral.json()
			.get("timeline")
			.findValues("note")
			.stream()
			.filter(note -> !note.isNull())
			.map(JsonNode::asString)
			.toList();
	}

	protected Response put(DemoUser user, String path, String body) {
		return api().send(api().request(path, token(user))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

}
