package org.partnernetwork.notification.event;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.notification.NotificationIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * Events from the other services' outboxes reach the people who act on them: the
 * receiving organisation's members with the role, or the person the event names, each
 * once however often the event comes.
 */
class EventIntakeIntegrationTest extends NotificationIntegrationTest {

	private static final String SERVICE = issuer.serviceToken("vocational-service");

	private final String vanna = subjectOf(DemoUser.VANNA);

	private final String dara = subjectOf(DemoUser.DARA);

	private final String newcomer = UUID.randomUUID().toString();

	private final String coordinatorAtTheCentre = UUID.randomUUID().toString();

	@BeforeEach
	void theDemoOrganisations() {
		jdbc.update("delete from notification");
		jdbc.update("delete from received_event");
		organisations("aple", "tdh-nl", "kandal-vtc");
		members("kandal-vtc", person(vanna, "vanna@kvtc.example.org", "km"),
				person(newcomer, "new@kvtc.example.org", null),
				person(coordinatorAtTheCentre, "coord@kvtc.example.org", null));
		roleHolders("centre-staff", vanna, UUID.randomUUID().toString());
		roleHolders("coordinator", dara, coordinatorAtTheCentre);
	}

	@Test
	void shouldTellTheCentresStaffOfASeatRequestOnceHoweverOftenItComes() {
		String event = event(UUID.randomUUID(), "SEAT_REQUEST_RECEIVED", "tdh-nl", "kandal-vtc", null, null);

		Response first = post(event);
		Response again = post(event);

		assertThat(first.status()).as(first.body()).isEqualTo(202);
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("duplicate").asBoolean()).isTrue();
		assertThat(recipients()).containsExactly(vanna);
		Response inbox = api().get("/api/notifications", token(DemoUser.VANNA));
		assertThat(inbox.json().get("items").get(0).get("kind").asString()).isEqualTo("SEAT_REQUEST_RECEIVED");
		assertThat(inbox.json().get("items").get(0).get("organisation").asString()).isEqualTo("tdh-nl");
	}

	@Test
	void shouldTellTheReceivingOrganisationsCoordinatorsOfANewReferral() {
		Response posted = post(
				event(UUID.randomUUID(), "REFERRAL_RECEIVED", "tdh-nl", "kandal-vtc", "EMERGENCY", null));

		assertThat(posted.status()).as(posted.body()).isEqualTo(202);
		assertThat(recipients()).containsExactly(coordinatorAtTheCentre);
	}

	@Test
	void shouldTellTheSendingCoordinatorOfAnAnswerToTheirReferral() {
		user(person(dara, "dara@tdh.example.org", null), dara);

		Response posted = post(event(UUID.randomUUID(), "REFERRAL_ACCEPTED", "kandal-vtc", "tdh-nl", "HIGH", dara));

		assertThat(posted.status()).as(posted.body()).isEqualTo(202);
		assertThat(recipients()).containsExactly(dara);
		assertThat(api().get("/api/notifications/unread-count", token(DemoUser.DARA)).json().get("unread").asLong())
			.isEqualTo(1);
	}

	@Test
	void shouldKeepNothingWhileKeycloakIsDownSoThatTheEventComesAgain() {
		keycloak.stubFor(get(urlPathMatching(ADMIN + "/.*")).atPriority(1).willReturn(aResponse().withStatus(500)));
		UUID id = UUID.randomUUID();
		String event = event(id, "SEAT_REQUEST_RECEIVED", "tdh-nl", "kandal-vtc", null, null);

		assertProblem(post(event), 503, "people-unavailable");
		assertThat(jdbc.queryForObject("select count(*) from received_event", Long.class)).isZero();

		keycloakAsUsual();
		theDemoOrganisations();
		assertThat(post(event).status()).isEqualTo(202);
		assertThat(recipients()).containsExactly(vanna);
	}

	@Test
	void shouldRefuseAnEventCarryingAnythingAboutTheChildAndKeepNothing() {
		String withCase = event(UUID.randomUUID(), "REFERRAL_RECEIVED", "tdh-nl", "kandal-vtc", "HIGH", null)
			.replace("}", ", \"caseReference\": \"TDH-2026-0031\"}");

		Response refused = post(withCase);

		assertProblem(refused, 400, "unknown-property");
		assertThat(refused.body()).contains("caseReference").doesNotContain("TDH-2026-0031");
		assertThat(recipients()).isEmpty();
	}

	@Test
	void shouldRefuseAPersonsToken() {
		assertProblem(
				api().post("/internal/events", token(DemoUser.SOPHEA),
						event(UUID.randomUUID(), "REFERRAL_RECEIVED", "aple", "tdh-nl", "HIGH", null)),
				403, "forbidden");
	}

	private Response post(String event) {
		return api().post("/internal/events", SERVICE, event);
	}

	private List<String> recipients() {
		return jdbc.queryForList("select recipient from notification", String.class);
	}

	static String event(UUID id, String kind, String organisation, String recipientOrganisation, String urgency,
			String recipient) {
		return """
				{"eventId": "%s", "kind": "%s", "subjectId": "%s", "organisation": "%s",
				 "recipientOrganisation": "%s", "urgency": %s, "recipient": %s, "occurredAt": "2026-12-07T04:00:00Z"}"""
			.formatted(id, kind, UUID.randomUUID(), organisation, recipientOrganisation,
					urgency == null ? "null" : "\"" + urgency + "\"",
					recipient == null ? "null" : "\"" + recipient + "\"");
	}

}
