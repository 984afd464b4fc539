package org.partnernetwork.referral.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.referral.outbox.Outbox;
import org.partnernetwork.support.outbox.PlatformEvent;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A referral's news reaches notification-service (WireMock here) through the outbox:
 * written in the transaction of the change, posted with the service's own token, once
 * each, and never lost while notification-service is down or failing. Ids, kinds,
 * organisations and urgency only: nothing about the child.
 */
class ReferralNewsIntegrationTest extends ReferralIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration RELAY = Duration.ofSeconds(20);

	private static final String SOPHEA_ID = UUID.nameUUIDFromBytes("sophea.aple".getBytes()).toString();

	private static final String DARA_ID = UUID.nameUUIDFromBytes("dara.tdh".getBytes()).toString();

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferralExpiry expiry;

	@Autowired
	private Outbox outbox;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void shouldTellTheReceiversCoordinatorsOfANewReferralOnceWithTheServicesOwnTokenAndNothingAboutTheChild() {
		String id = sentReferral();

		eventually(RELAY, () -> assertThat(states(id)).containsExactly("DELIVERED"));
		List<LoggedRequest> posted = posted(id);
		assertThat(posted).hasSize(1);
		LoggedRequest request = posted.get(0);
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + SERVICE_TOKEN);
		assertThat(request.getBodyAsString()).doesNotContain("APLE-2026-0412", "grandmother", "KH-8", "male",
				"counselling");
		JsonNode event = JSON.readTree(request.getBodyAsString());
		assertThat(event.propertyNames()).containsExactlyInAnyOrder("eventId", "kind", "subjectId", "organisation",
				"recipientOrganisation", "urgency", "recipient", "occurredAt");
		assertThat(event.get("kind").asString()).isEqualTo("REFERRAL_RECEIVED");
		assertThat(event.get("organisation").asString()).isEqualTo("aple");
		assertThat(event.get("recipientOrganisation").asString()).isEqualTo("tdh-nl");
		assertThat(event.get("urgency").asString()).isEqualTo("HIGH");
		assertThat(event.get("recipient").isNull()).as("the organisation's coordinators").isTrue();
		assertThat(Instant.parse(event.get("occurredAt").asString()))
			.isEqualTo(Instant.parse(read(SOPHEA, id).json().get("dates").get("sentAt").asString()));
	}

	@Test
	void shouldTellTheReceiverOfATransferAndTheSenderOfEachAnswer() {
		Response transfer = create(SOPHEA, referralBody("\"send\": true").replace("\"SERVICE\"", "\"TRANSFER\""));
		String transferred = transfer.json().get("id").asString();
		String accepted = sentReferral();
		String declined = sentReferral();
		String asked = sentReferral();
		act(DARA, accepted, "accept", "");
		act(DARA, declined, "decline", "{\"code\": \"NO_CAPACITY\", \"note\": \"Waiting list full\"}");
		act(DARA, asked, "request-info", "{\"note\": \"Which school does he attend?\"}");

		eventually(RELAY, () -> assertThat(kinds(asked)).hasSize(2));
		assertThat(kinds(transferred)).containsExactly("REFERRAL_TRANSFERRED");
		assertThat(kinds(accepted)).containsExactly("REFERRAL_RECEIVED", "REFERRAL_ACCEPTED");
		assertThat(kinds(declined)).containsExactly("REFERRAL_RECEIVED", "REFERRAL_DECLINED");
		assertThat(kinds(asked)).containsExactly("REFERRAL_RECEIVED", "REFERRAL_INFORMATION_REQUESTED");
		for (String id : List.of(accepted, declined, asked)) {
			JsonNode answer = JSON.readTree(posted(id).get(1).getBodyAsString());
			assertThat(answer.get("organisation").asString()).isEqualTo("tdh-nl");
			assertThat(answer.get("recipientOrganisation").asString()).isEqualTo("aple");
			assertThat(answer.get("recipient").asString()).as("the coordinator who sent it").isEqualTo(SOPHEA_ID);
			assertThat(posted(id).get(1).getBodyAsString()).doesNotContain("Waiting list", "school");
		}
	}

	@Test
	void shouldTellTheOtherSideOfACancellationAConsentWithdrawnAndTheSenderOfAnExpiry() {
		String cancelled = sentReferral();
		String withdrawnByReceiver = sentReferral();
		String withdrawnBySender = sentReferral();
		String expired = sentReferral();
		act(SOPHEA, cancelled, "cancel", "{\"code\": \"NO_LONGER_NEEDED\"}");
		act(DARA, withdrawnByReceiver, "withdraw-consent", "");
		act(SOPHEA, withdrawnBySender, "withdraw-consent", "");
		Response draft = create(SOPHEA, referralBody(""));
		String neverSent = draft.json().get("id").asString();
		act(SOPHEA, neverSent, "cancel", "{\"code\": \"NO_LONGER_NEEDED\"}");
		jdbc.update("update referral set answer_due_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), expired);
		expiry.expireDueAt(Instant.now());

		eventually(RELAY, () -> assertThat(states(expired)).containsExactly("DELIVERED", "DELIVERED"));
		assertThat(told(cancelled)).containsExactly("REFERRAL_CANCELLED", "aple", "tdh-nl", null);
		assertThat(told(withdrawnByReceiver)).containsExactly("REFERRAL_CONSENT_WITHDRAWN", "tdh-nl", "aple",
				SOPHEA_ID);
		assertThat(told(withdrawnBySender)).containsExactly("REFERRAL_CONSENT_WITHDRAWN", "aple", "tdh-nl", null);
		assertThat(told(expired)).containsExactly("REFERRAL_EXPIRED", "tdh-nl", "aple", SOPHEA_ID);
		assertThat(kinds(neverSent)).as("a draft is news to nobody").isEmpty();
		assertThat(states(neverSent)).isEmpty();
		assertThat(posted(expired)).noneMatch(request -> request.getBodyAsString().contains(DARA_ID));
	}

	@Test
	void shouldKeepNoNewsOfAChangeThatWasRolledBack() {
		String id = sentReferral();
		act(DARA, id, "accept", "");
		Response second = act(DARA, id, "decline", "{\"code\": \"NO_CAPACITY\"}");
		assertThat(second.status()).as("refused: nothing changed").isEqualTo(409);
		UUID subject = UUID.randomUUID();
		transaction.executeWithoutResult(status -> {
			outbox.notify(new PlatformEvent(UUID.randomUUID(), "REFERRAL_ACCEPTED", subject, "tdh-nl", "aple", "HIGH",
					null, Instant.now()));
			status.setRollbackOnly();
		});

		eventually(RELAY, () -> assertThat(states(id)).containsExactly("DELIVERED", "DELIVERED"));
		assertThat(kinds(id)).containsExactly("REFERRAL_RECEIVED", "REFERRAL_ACCEPTED");
		assertThat(states(subject.toString())).isEmpty();
	}

	@Test
	void shouldKeepNewsWhileNotificationServiceIsDownAndDeliverItOnceWhenItIsBack() {
		notifications.down();
		String id;
		try {
			id = sentReferral();
			assertThat(act(DARA, id, "accept", "").status()).as("the answer does not wait for notification-service")
				.isEqualTo(200);
			String waiting = id;
			eventually(RELAY, () -> assertThat(attempts(waiting).get(0)).isGreaterThanOrEqualTo(2));
			assertThat(states(id)).containsExactly("PENDING", "PENDING");
		}
		finally {
			notifications.up();
		}
		String delivered = id;
		eventually(RELAY, () -> assertThat(states(delivered)).containsExactly("DELIVERED", "DELIVERED"));
		assertThat(kinds(id)).containsExactly("REFERRAL_RECEIVED", "REFERRAL_ACCEPTED");
	}

	@Test
	void shouldTryAgainLaterWhileNotificationServiceAnswers503() {
		var failing = notifications.server()
			.stubFor(post(urlPathEqualTo("/internal/events")).atPriority(1).willReturn(aResponse().withStatus(503)));
		String id = sentReferral();
		try {
			eventually(RELAY, () -> assertThat(attempts(id).get(0)).isGreaterThanOrEqualTo(2));
			assertThat(states(id)).containsExactly("PENDING");
		}
		finally {
			notifications.server().removeStub(failing);
		}
		eventually(RELAY, () -> assertThat(states(id)).containsExactly("DELIVERED"));
		assertThat(posted(id)).extracting(request -> JSON.readTree(request.getBodyAsString()).get("eventId").asString())
			.containsOnly(
					jdbc.queryForObject("select event_id from outbox_event where subject_id = ?", String.class, id));
	}

	private List<String> states(String subject) {
		return jdbc.queryForList("select state from outbox_event where subject_id = ? order by id", String.class,
				subject);
	}

	private List<Integer> attempts(String subject) {
		return jdbc.queryForList("select attempts from outbox_event where subject_id = ? order by id", Integer.class,
				subject);
	}

	private static List<LoggedRequest> posted(String subject) {
		return notifications.server()
			.findAll(postRequestedFor(urlPathEqualTo("/internal/events"))
				.withRequestBody(matchingJsonPath("$.subjectId", equalTo(subject))));
	}

	private static List<String> kinds(String subject) {
		return posted(subject).stream()
			.map(request -> JSON.readTree(request.getBodyAsString()).get("kind").asString())
			.distinct()
			.toList();
	}

	/**
	 * The last news of a referral: its kind, who acted, the organisation told and the
	 * person told (null: its coordinators).
	 */
	private static List<String> told(String subject) {
		List<LoggedRequest> posted = posted(subject);
		JsonNode event = JSON.readTree(posted.get(posted.size() - 1).getBodyAsString());
		return java.util.Arrays.asList(event.get("kind").asString(), event.get("organisation").asString(),
				event.get("recipientOrganisation").asString(),
				event.get("recipient").isNull() ? null : event.get("recipient").asString());
	}

}
