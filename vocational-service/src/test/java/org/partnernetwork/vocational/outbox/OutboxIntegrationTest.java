package org.partnernetwork.vocational.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrolment, completion and drop-out reach the linked referral's timeline through the
 * outbox: posted to referral-service (WireMock here) with the service's own token, in
 * order, at least once, and never lost while referral-service is down, failing or slow.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutboxIntegrationTest extends VocationalIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration RELAY = Duration.ofSeconds(20);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private OutboxRelay relay;

	@Test
	void shouldPostEnrolmentAndOutcomeToTheReferralsTimelineOnceEachWithTheServicesOwnToken() throws Exception {
		Linked seat = offeredSeatLinkedToAReferral();
		act(VANNA, seat.placement(), "enrol", "");
		act(VANNA, seat.placement(), "complete", "{\"code\": \"EMPLOYED\"}");

		eventually(RELAY, () -> assertThat(states(seat)).containsExactly("DELIVERED", "DELIVERED"));
		for (int run = 0; run < 3; run++) {
			// more runs of the relay: a delivered event is not posted again
			relay.deliverDue(Instant.now());
		}
		List<LoggedRequest> posted = posted(seat);
		assertThat(posted).hasSize(2);
		assertThat(posted).allSatisfy(request -> {
			assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + SERVICE_TOKEN);
			assertThat(request.getBodyAsString()).doesNotContain("TDH-2026-0031", "engines");
		});
		JsonNode enrolled = JSON.readTree(posted.get(0).getBodyAsString());
		JsonNode completed = JSON.readTree(posted.get(1).getBodyAsString());
		assertThat(enrolled.get("type").asString()).isEqualTo("PLACEMENT_ENROLLED");
		assertThat(enrolled.get("organisation").asString()).isEqualTo("kandal-vtc");
		assertThat(completed.get("type").asString()).isEqualTo("PLACEMENT_COMPLETED");
		assertThat(completed.get("code").asString()).isEqualTo("EMPLOYED");
		assertThat(completed.get("occurredAt").asString()).isNotBlank();
		assertThat(List.of(enrolled.get("eventId").asString(), completed.get("eventId").asString()))
			.isEqualTo(eventIds(seat));
	}

	@Test
	void shouldKeepEventsWhileReferralServiceIsDownAndDeliverEachOnceInOrderWhenItIsBack() {
		Linked seat = offeredSeatLinkedToAReferral();
		referrals.down();
		try {
			assertThat(act(VANNA, seat.placement(), "enrol", "").status())
				.as("the centre's work does not wait for referral-service")
				.isEqualTo(200);
			assertThat(act(VANNA, seat.placement(), "drop-out", "{\"code\": \"FOUND_WORK\"}").status()).isEqualTo(200);
			eventually(RELAY, () -> assertThat(attempts(seat).get(0)).isGreaterThanOrEqualTo(2));
			assertThat(states(seat)).containsExactly("PENDING", "PENDING");
		}
		finally {
			referrals.up();
		}

		eventually(RELAY, () -> assertThat(states(seat)).containsExactly("DELIVERED", "DELIVERED"));
		List<LoggedRequest> posted = posted(seat);
		assertThat(posted).extracting(request -> JSON.readTree(request.getBodyAsString()).get("type").asString())
			.containsExactly("PLACEMENT_ENROLLED", "PLACEMENT_DROPPED_OUT");
		assertThat(posted).extracting(request -> JSON.readTree(request.getBodyAsString()).get("eventId").asString())
			.isEqualTo(eventIds(seat));
	}

	@Test
	void shouldTryAgainLaterWhileReferralServiceAnswers503() {
		Linked seat = offeredSeatLinkedToAReferral();
		var failing = referrals.server()
			.stubFor(post(urlPathEqualTo(eventsPath(seat))).atPriority(1).willReturn(aResponse().withStatus(503)));
		act(VANNA, seat.placement(), "enrol", "");

		eventually(RELAY, () -> assertThat(attempts(seat).get(0)).isGreaterThanOrEqualTo(2));
		assertThat(states(seat)).containsExactly("PENDING");
		referrals.server().removeStub(failing);

		eventually(RELAY, () -> assertThat(states(seat)).containsExactly("DELIVERED"));
		assertThat(posted(seat))
			.extracting(request -> JSON.readTree(request.getBodyAsString()).get("eventId").asString())
			.containsOnly(eventIds(seat).get(0));
	}

	@Test
	void shouldPostTheSameEventAgainWhenItsAcknowledgementIsLost() {
		Linked seat = offeredSeatLinkedToAReferral();
		referrals.server()
			.stubFor(post(urlPathEqualTo(eventsPath(seat))).atPriority(1)
				.inScenario("slow")
				.whenScenarioStateIs(STARTED)
				.willSetStateTo("recorded")
				.willReturn(aResponse().withStatus(202).withFixedDelay(4000).withBody("{\"duplicate\": false}")));
		referrals.server()
			.stubFor(post(urlPathEqualTo(eventsPath(seat))).atPriority(1)
				.inScenario("slow")
				.whenScenarioStateIs("recorded")
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"duplicate\": true}")));
		act(VANNA, seat.placement(), "enrol", "");

		eventually(RELAY, () -> assertThat(states(seat)).containsExactly("DELIVERED"));
		List<LoggedRequest> posted = posted(seat);
		assertThat(posted).hasSize(2);
		assertThat(posted).extracting(request -> JSON.readTree(request.getBodyAsString()).get("eventId").asString())
			.containsOnly(eventIds(seat).get(0));
	}

	@Test
	void shouldGiveUpOnAnUnknownReferralOrARefusedEventWithoutHoldingBackTheOthers(CapturedOutput logs) {
		Linked unknown = offeredSeatLinkedToAReferral();
		referrals.server()
			.stubFor(post(urlPathEqualTo(eventsPath(unknown))).atPriority(1)
				.willReturn(aResponse().withStatus(404)
					.withHeader("Content-Type", "application/problem+json")
					.withBody("{\"status\": 404, \"title\": \"Not found\"}")));
		Linked refused = offeredSeatLinkedToAReferral();
		referrals.server()
			.stubFor(post(urlPathEqualTo(eventsPath(refused))).atPriority(1)
				.willReturn(aResponse().withStatus(400)
					.withHeader("Content-Type", "application/problem+json")
					.withBody("{\"status\": 400}")));
		Linked known = offeredSeatLinkedToAReferral();
		act(VANNA, unknown.placement(), "enrol", "");
		act(VANNA, refused.placement(), "enrol", "");
		act(VANNA, known.placement(), "enrol", "");

		eventually(RELAY, () -> assertThat(states(known)).containsExactly("DELIVERED"));
		assertThat(states(unknown)).containsExactly("ABANDONED");
		assertThat(states(refused)).containsExactly("ABANDONED");
		assertThat(logs.getAll()).contains("Gave up on outbox event " + eventIds(unknown).get(0))
			.doesNotContain("TDH-2026-0031");
	}

	@Test
	void shouldGoOnWithOtherReferralsWhileOneWaitsAndKeepEachReferralsOrder() {
		Linked waiting = offeredSeatLinkedToAReferral();
		var failing = referrals.server()
			.stubFor(post(urlPathEqualTo(eventsPath(waiting))).atPriority(1).willReturn(aResponse().withStatus(500)));
		act(VANNA, waiting.placement(), "enrol", "");
		act(VANNA, waiting.placement(), "complete", "{\"code\": \"APPRENTICESHIP\"}");
		eventually(RELAY, () -> assertThat(attempts(waiting).get(0)).isGreaterThanOrEqualTo(1));
		Linked other = offeredSeatLinkedToAReferral();
		act(VANNA, other.placement(), "enrol", "");

		eventually(RELAY, () -> assertThat(states(other)).containsExactly("DELIVERED"));
		assertThat(attempts(waiting).get(1)).as("the completion waits for the enrolment").isZero();
		referrals.server().removeStub(failing);
		eventually(RELAY, () -> assertThat(states(waiting)).containsExactly("DELIVERED", "DELIVERED"));
		assertThat(posted(waiting))
			.extracting(request -> JSON.readTree(request.getBodyAsString()).get("type").asString())
			.endsWith("PLACEMENT_ENROLLED", "PLACEMENT_COMPLETED");
	}

	@Test
	void shouldPostNothingForAPlacementThatNamesNoReferral() {
		String opening = postOpening(token(VANNA), openingBody(1, ""));
		String id = requestedPlacement(opening);
		act(VANNA, id, "offer", holdUntil(TODAY));
		act(VANNA, id, "enrol", "");

		assertThat(jdbc.queryForObject(
				"select count(*) from outbox_event where placement_id = ? and destination = 'referral-service'",
				Integer.class, id))
			.isZero();
	}

	/** A seat for a referral dara.tdh can see, offered by kandal-vtc. */
	private Linked offeredSeatLinkedToAReferral() {
		UUID referral = UUID.randomUUID();
		referralVisible(referral);
		String opening = postOpening(token(VANNA), openingStartingToday(1));
		Response requested = requestSeat(DARA, seatBody(opening, 16, "male", "\"referralId\": \"" + referral + "\""));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		String placement = requested.json().get("id").asString();
		assertThat(act(VANNA, placement, "offer", holdUntil(TODAY)).status()).isEqualTo(200);
		return new Linked(placement, referral);
	}

	private record Linked(String placement, UUID referral) {
	}

	private static String eventsPath(Linked seat) {
		return "/internal/referrals/" + seat.referral() + "/events";
	}

	private static List<LoggedRequest> posted(Linked seat) {
		return referrals.server().findAll(postRequestedFor(urlPathEqualTo(eventsPath(seat))));
	}

	private List<String> states(Linked seat) {
		return column(seat, "state", String.class);
	}

	private List<Integer> attempts(Linked seat) {
		return column(seat, "attempts", Integer.class);
	}

	private List<String> eventIds(Linked seat) {
		return column(seat, "event_id", String.class);
	}

	private <T> List<T> column(Linked seat, String column, Class<T> type) {
		return jdbc.queryForList(
				"select " + column
						+ " from outbox_event where placement_id = ? and destination = 'referral-service' order by id",
				type, seat.placement());
	}

}
