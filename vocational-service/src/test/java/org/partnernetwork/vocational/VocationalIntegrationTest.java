package org.partnernetwork.vocational;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.PeerStandIn;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * vocational-service as it runs, with WireMock in place of its peers:
 * organisation-service answering for the demo directory (kandal-vtc offers vocational
 * training; any {@code *-vtc} centre a test invents does too), referral-service (which
 * can go down and come back), notification-service (likewise), and Keycloak's token
 * endpoint handing the service its own token. The outbox relay runs every 200 ms.
 */
public abstract class VocationalIntegrationTest extends ServiceIntegrationTest {

	protected static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

	protected static final WireMockServer directory = start(
			new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")));

	protected static final PeerStandIn referrals = new PeerStandIn(VocationalIntegrationTest::usualReferralAnswers);

	protected static final PeerStandIn notifications = new PeerStandIn(
			VocationalIntegrationTest::usualNotificationAnswers);

	protected static final WireMockServer keycloak = start(
			new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")));

	protected static final String SERVICE_TOKEN = issuer.serviceToken("vocational-service");

	@Autowired
	private CircuitBreakerRegistry circuitBreakers;

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry registry) {
		registry.add("partner-network.peers.organisation-service", directory::baseUrl);
		registry.add("partner-network.peers.referral-service", referrals::baseUrl);
		registry.add("partner-network.peers.notification-service", notifications::baseUrl);
		registry.add("spring.security.oauth2.client.provider.keycloak.token-uri",
				() -> keycloak.baseUrl() + "/realms/partner-network/protocol/openid-connect/token");
		registry.add("partner-network.outbox.relay-interval", () -> "200ms");
		registry.add("partner-network.outbox.first-retry", () -> "300ms");
		registry.add("partner-network.outbox.max-retry", () -> "1s");
		registry.add("partner-network.holds.sweep-interval", () -> "1h");
		registry.add("resilience4j.circuitbreaker.instances.referral-service.wait-duration-in-open-state", () -> "1s");
	}

	private static WireMockServer start(WireMockServer server) {
		server.start();
		return server;
	}

	/**
	 * referral-service's answers when nothing else is said: every event recorded, no
	 * referral visible.
	 */
	private static void usualReferralAnswers(WireMockServer server) {
		server.stubFor(post(urlPathMatching("/internal/referrals/[^/]+/events")).atPriority(10)
			.willReturn(aResponse().withStatus(202)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"duplicate\": false}")));
	}

	/** notification-service's answer when nothing else is said: every event taken in. */
	private static void usualNotificationAnswers(WireMockServer server) {
		server.stubFor(post(urlPathEqualTo("/internal/events")).atPriority(10)
			.willReturn(aResponse().withStatus(202)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"duplicate\": false}")));
	}

	@BeforeEach
	protected void peersAsUsual() {
		circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		referrals.up();
		notifications.up();
		keycloak.stubFor(post(urlPathEqualTo("/realms/partner-network/protocol/openid-connect/token"))
			.willReturn(okJson("{\"access_token\": \"%s\", \"token_type\": \"Bearer\", \"expires_in\": 300}"
				.formatted(SERVICE_TOKEN))));
		directory.resetAll();
		stubOrganisation("kandal-vtc", "ACTIVE", "vocational-training");
		stubOrganisation("[a-z0-9-]+-vtc", "ACTIVE", "vocational-training");
		stubOrganisation("tdh-nl", "ACTIVE", "psychosocial-counselling");
	}

	/**
	 * organisation-service's answer for an organisation offering one service, with fields
	 * the client does not use.
	 */
	protected static void stubOrganisation(String slugPattern, String status, String serviceType) {
		directory.stubFor(get(urlPathMatching("/api/organisations/" + slugPattern)).willReturn(okJson("""
				{"id": "00000000-0000-4000-8000-00000000a0ff", "slug": "demo", "status": "%s",
				 "name": {"en": "Demo", "km": "សាកល្បង"}, "lastVerifiedAt": "2026-11-01T00:00:00Z",
				 "services": [{"serviceType": "%s", "eligibility": {"minAge": 16, "maxAge": 24, "sex": "any"}}],
				 "locations": [], "version": 3}""".formatted(status, serviceType))));
	}

	/** referral-service lets the caller see this referral. */
	protected static void referralVisible(UUID referralId) {
		referrals.server()
			.stubFor(get(urlPathEqualTo("/api/referrals/" + referralId)).willReturn(
					okJson("{\"id\": \"%s\", \"status\": \"ACCEPTED\", \"summary\": \"x\"}".formatted(referralId))));
	}

	protected String token(DemoUser user) {
		return issuer.tokenFor(user);
	}

	/**
	 * Staff of another centre, which the directory knows as offering vocational training.
	 */
	protected String otherCentreStaff(String centre) {
		return issuer.token().username("staff." + centre).organisations(centre).roles("centre-staff").build();
	}

	/**
	 * "Motorbike mechanics" in Kandal for ages 16–24, starting in 30 days; {@code extra}
	 * replaces or adds fields.
	 */
	protected static String openingBody(int seats, String extra) {
		return """
				{"trade": "motorbike-mechanics", "title": {"en": "Motorbike mechanics", "km": "ជួសជុលម៉ូតូ"},
				 "province": "KH-8", "minAge": 16, "maxAge": 24, "sex": "any", "seats": %d,
				 "startDate": "%s", "durationWeeks": 24, "applicationDeadline": "%s",
				 "stipend": true, "stipendMonthlyUsd": 40, "boarding": true, "literacyRequired": false,
				 "certificate": "MoLVT C1"%s}""".formatted(seats, TODAY.plusDays(30), TODAY.plusDays(20),
				extra.isEmpty() ? "" : ", " + extra);
	}

	/**
	 * The same opening, its course starting today (applications close today): work may be
	 * recorded as its outcome.
	 */
	protected static String openingStartingToday(int seats) {
		return openingBody(seats, "").replace("\"startDate\": \"" + TODAY.plusDays(30), "\"startDate\": \"" + TODAY)
			.replace("\"applicationDeadline\": \"" + TODAY.plusDays(20), "\"applicationDeadline\": \"" + TODAY);
	}

	/** An opening posted by {@code centreToken}'s centre; answers its id. */
	protected String postOpening(String centreToken, String body) {
		Response posted = api().post("/api/openings", centreToken, body);
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		return posted.json().get("id").asString();
	}

	/** A seat request body for a young person; {@code extra} adds fields. */
	protected static String seatBody(String openingId, int age, String sex, String extra) {
		return """
				{"openingId": "%s", "caseReference": "TDH-2026-0031", "age": %d, "sex": "%s",
				 "note": "Finished grade 6; wants to work with engines.",
				 "consent": {"givenBy": "CAREGIVER", "childAssented": true}%s}""".formatted(openingId, age, sex,
				extra.isEmpty() ? "" : ", " + extra);
	}

	protected Response requestSeat(DemoUser user, String body) {
		return api().post("/api/placements", token(user), body);
	}

	/**
	 * A seat requested by dara.tdh for a 17-year-old boy on the opening; answers the
	 * placement's id.
	 */
	protected String requestedPlacement(String openingId) {
		Response requested = requestSeat(DemoUser.DARA, seatBody(openingId, 17, "male", ""));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		return requested.json().get("id").asString();
	}

	protected Response act(DemoUser user, String placementId, String action, String body) {
		return api().post("/api/placements/" + placementId + "/" + action, token(user), body);
	}

	protected static String holdUntil(LocalDate date) {
		return "{\"holdUntil\": \"" + date + "\"}";
	}

	protected Response read(DemoUser user, String placementId) {
		return api().get("/api/placements/" + placementId, token(user));
	}

	protected Response put(String bearerToken, String path, String body) {
		return api().send(api().request(path, bearerToken)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

}
