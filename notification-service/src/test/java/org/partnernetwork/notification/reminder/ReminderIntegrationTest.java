package org.partnernetwork.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnernetwork.notification.NotificationIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A referral nobody answers reminds the receiving organisation: EMERGENCY at 4 h and 12 h
 * to its coordinators and at 20 h to its supervisors and org-admins, HIGH at 24 h and 60
 * h, counted from when it was sent; an answer, a cancellation, a consent withdrawn or an
 * expiry ends the reminders. Reminders are this service's own: no peer may send one.
 */
class ReminderIntegrationTest extends NotificationIntegrationTest {

	static final Instant SENT = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));

	static final String DARA = subjectOf(DemoUser.DARA);

	static final String SUPERVISOR = UUID.randomUUID().toString();

	static final String ORG_ADMIN = UUID.randomUUID().toString();

	static final String SOPHEA = subjectOf(DemoUser.SOPHEA);

	@Autowired
	private ReminderSender sender;

	@BeforeEach
	void tdhWithItsRoles() {
		clean(jdbc);
		organisations("aple", "tdh-nl");
		members("tdh-nl", person(DARA, "dara@tdh.example.org", "km"),
				person(SUPERVISOR, "supervisor@tdh.example.org", null),
				person(ORG_ADMIN, "admin@tdh.example.org", "en"));
		roleHolders("coordinator", DARA, SOPHEA);
		roleHolders("supervisor", SUPERVISOR);
		roleHolders("org-admin", ORG_ADMIN, SUPERVISOR);
		user(person(SOPHEA, "sophea@aple.example.org", null), SOPHEA);
	}

	static void clean(org.springframework.jdbc.core.JdbcTemplate jdbc) {
		for (String table : List.of("notification", "received_event", "referral_reminder", "outgoing_mail")) {
			jdbc.update("delete from " + table);
		}
	}

	@Test
	void shouldRemindTheCoordinatorsOfAnUnansweredEmergencyReferralAndAlertSupervisorsAndOrgAdminsAt20Hours() {
		String referral = received("EMERGENCY");

		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(4)).minusSeconds(1))).isZero();
		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(4)))).isEqualTo(1);
		assertThat(told("REFERRAL_REMINDER")).containsExactly(DARA);
		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(11)))).as("nothing more due yet").isZero();
		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(12)))).isEqualTo(1);
		assertThat(told("REFERRAL_REMINDER")).containsExactly(DARA, DARA);
		assertThat(told("REFERRAL_ESCALATED")).isEmpty();
		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(20)))).isEqualTo(1);
		assertThat(told("REFERRAL_ESCALATED")).as("the supervisors and org-admins, each once")
			.containsExactlyInAnyOrder(SUPERVISOR, ORG_ADMIN);
		assertThat(sender.sendDue(SENT.plus(Duration.ofDays(30)))).as("each reminder goes once").isZero();

		Response inbox = api().get("/api/notifications", token(DemoUser.DARA));
		assertThat(inbox.json().get("items").get(0).get("kind").asString()).isEqualTo("REFERRAL_REMINDER");
		assertThat(inbox.json().get("items").get(0).get("link").asString()).isEqualTo("/referrals/" + referral);
		assertThat(inbox.json().get("items").get(0).get("urgency").asString()).isEqualTo("EMERGENCY");
		assertThat(
				jdbc.queryForList("select address from outgoing_mail where kind = 'REFERRAL_ESCALATED'", String.class))
			.as("by e-mail too")
			.containsExactlyInAnyOrder("supervisor@tdh.example.org", "admin@tdh.example.org");
	}

	@Test
	void shouldRemindOfAnUnansweredHighReferralAt24And60HoursAndNeverOfARoutineOne() {
		received("HIGH");
		received("ROUTINE");

		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(24)).minusSeconds(1))).isZero();
		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(24)))).isEqualTo(1);
		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(59)))).isZero();
		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(60)))).isEqualTo(1);
		assertThat(sender.sendDue(SENT.plus(Duration.ofDays(30)))).isZero();
		assertThat(told("REFERRAL_REMINDER")).containsExactly(DARA, DARA);
		assertThat(told("REFERRAL_ESCALATED")).as("no escalation for HIGH").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "REFERRAL_ACCEPTED", "REFERRAL_DECLINED", "REFERRAL_INFORMATION_REQUESTED",
			"REFERRAL_CANCELLED", "REFERRAL_CONSENT_WITHDRAWN", "REFERRAL_EXPIRED" })
	void shouldEndTheRemindersWhenTheReferralNoLongerWaitsForAnAnswer(String ending) {
		String referral = received("EMERGENCY");
		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(4)))).isEqualTo(1);

		Response ended = post(event(UUID.randomUUID(), ending, referral, "tdh-nl", "aple", "EMERGENCY", SOPHEA,
				SENT.plus(Duration.ofHours(5))));
		assertThat(ended.status()).as(ended.body()).isEqualTo(202);

		assertThat(sender.sendDue(SENT.plus(Duration.ofDays(30)))).isZero();
		assertThat(told("REFERRAL_REMINDER")).containsExactly(DARA);
		assertThat(told("REFERRAL_ESCALATED")).isEmpty();
	}

	@Test
	void shouldRemindOfATransferredReferralToo() {
		post(event(UUID.randomUUID(), "REFERRAL_TRANSFERRED", UUID.randomUUID().toString(), "aple", "tdh-nl", "HIGH",
				null, SENT));

		assertThat(sender.sendDue(SENT.plus(Duration.ofHours(24)))).isEqualTo(1);
		assertThat(told("REFERRAL_REMINDER")).containsExactly(DARA);
	}

	@ValueSource(strings = { "REFERRAL_REMINDER", "REFERRAL_ESCALATED" })
	@ParameterizedTest
	void shouldRefuseReminderKindsFromOtherServicesAndKeepNothing(String kind) {
		Response refused = post(event(UUID.randomUUID(), kind, UUID.randomUUID().toString(), "aple", "tdh-nl",
				"EMERGENCY", null, SENT));

		assertProblem(refused, 400, "validation");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
		assertThat(jdbc.queryForObject("select count(*) from notification", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from received_event", Long.class)).isZero();
	}

	/** A referral from aple to tdh-nl arrived, sent at {@link #SENT}; answers its id. */
	private String received(String urgency) {
		String referral = UUID.randomUUID().toString();
		Response posted = post(
				event(UUID.randomUUID(), "REFERRAL_RECEIVED", referral, "aple", "tdh-nl", urgency, null, SENT));
		assertThat(posted.status()).as(posted.body()).isEqualTo(202);
		return referral;
	}

	private Response post(String event) {
		return api().post("/internal/events", referralService(), event);
	}

	/** referral-service's token, fresh (a slow start must not let it expire). */
	static String referralService() {
		return issuer.serviceToken("referral-service");
	}

	private List<String> told(String kind) {
		return jdbc.queryForList("select recipient from notification where kind = ? order by created_at, recipient",
				String.class, kind);
	}

	static String event(UUID id, String kind, String subject, String organisation, String recipientOrganisation,
			String urgency, String recipient, Instant occurredAt) {
		return """
				{"eventId": "%s", "kind": "%s", "subjectId": "%s", "organisation": "%s",
				 "recipientOrganisation": "%s", "urgency": "%s", "recipient": %s, "occurredAt": "%s"}""".formatted(id,
				kind, subject, organisation, recipientOrganisation, urgency,
				recipient == null ? "null" : "\"" + recipient + "\"", occurredAt);
	}

}
