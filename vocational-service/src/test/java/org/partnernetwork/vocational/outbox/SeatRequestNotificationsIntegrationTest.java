package org.partnernetwork.vocational.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.partnernetwork.vocational.VocationalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seat request's news reaches notification-service (WireMock here) through the same
 * outbox as the referral timelines: the centre hears of a request, the coordinator who
 * asked hears of the offer, the enrolment and the outcome; with the service's own token,
 * at least once, never lost while notification-service is down, and never with anything
 * about the young person.
 */
class SeatRequestNotificationsIntegrationTest extends VocationalIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration RELAY = Duration.ofSeconds(20);

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldTellTheCentreOfTheRequestAndTheRequesterOfEachAnswerWithIdsOnly() {
		String opening = postOpening(token(VANNA), openingStartingToday(1));
		String placement = requestedPlacement(opening);
		act(VANNA, placement, "offer", holdUntil(TODAY));
		act(VANNA, placement, "enrol", "");
		act(VANNA, placement, "complete", "{\"code\": \"EMPLOYED\"}");

		eventually(RELAY, () -> assertThat(posted(placement)).hasSize(4));
		List<JsonNode> events = posted(placement).stream().map(SeatRequestNotificationsIntegrationTest::json).toList();
		assertThat(events).extracting(event -> event.get("kind").asString())
			.containsExactlyInAnyOrder("SEAT_REQUEST_RECEIVED", "SEAT_REQUEST_OFFERED", "SEAT_REQUEST_ENROLLED",
					"SEAT_REQUEST_OUTCOME");
		JsonNode received = events.stream()
			.filter(event -> event.get("kind").asString().equals("SEAT_REQUEST_RECEIVED"))
			.findFirst()
			.orElseThrow();
		assertThat(received.get("organisation").asString()).isEqualTo("tdh-nl");
		assertThat(received.get("recipientOrganisation").asString()).isEqualTo("kandal-vtc");
		assertThat(received.get("recipient").isNull()).isTrue();
		assertThat(events).filteredOn(event -> !event.get("kind").asString().equals("SEAT_REQUEST_RECEIVED"))
			.allSatisfy(answer -> {
				assertThat(answer.get("organisation").asString()).isEqualTo("kandal-vtc");
				assertThat(answer.get("recipientOrganisation").asString()).isEqualTo("tdh-nl");
				assertThat(answer.get("recipient").asString())
					.isEqualTo(UUID.nameUUIDFromBytes(DARA.username().getBytes()).toString());
			});
		assertThat(posted(placement)).allSatisfy(request -> {
			assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + SERVICE_TOKEN);
			assertThat(request.getBodyAsString()).doesNotContain("TDH-2026-0031", "engines", "\"age\"", "male");
		});
	}

	@Test
	void shouldKeepTheNewsWhileNotificationServiceIsDownAndPostEachOnceWhenItIsBack() {
		String opening = postOpening(token(VANNA), openingBody(1, ""));
		String placement;
		notifications.down();
		try {
			placement = requestedPlacement(opening);
			assertThat(act(VANNA, placement, "offer", holdUntil(TODAY)).status())
				.as("the centre's work does not wait for notification-service")
				.isEqualTo(200);
			eventually(RELAY, () -> assertThat(attempts(placement)).allSatisfy(n -> assertThat(n).isPositive()));
			assertThat(states(placement)).containsOnly("PENDING");
		}
		finally {
			notifications.up();
		}

		eventually(RELAY, () -> assertThat(states(placement)).containsOnly("DELIVERED"));
		assertThat(posted(placement)).extracting(request -> json(request).get("eventId").asString())
			.containsExactlyInAnyOrderElementsOf(
					jdbc.queryForList("select event_id from outbox_event where placement_id = ? and destination = ?",
							String.class, placement, "notification-service"));
	}

	private static List<LoggedRequest> posted(String placement) {
		return notifications.server()
			.findAll(postRequestedFor(urlPathEqualTo("/internal/events"))
				.withRequestBody(matchingJsonPath("$.subjectId", equalTo(placement))));
	}

	private List<String> states(String placement) {
		return jdbc.queryForList("select state from outbox_event where placement_id = ? and destination = ?",
				String.class, placement, "notification-service");
	}

	private List<Integer> attempts(String placement) {
		return jdbc.queryForList("select attempts from outbox_event where placement_id = ? and destination = ?",
				Integer.class, placement, "notification-service");
	}

	private static JsonNode json(LoggedRequest request) {
		return JSON.readTree(request.getBodyAsString());
	}

}
