package org.partnernetwork.vocational.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.Concurrently.together;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Held plus enrolled seats never exceed an opening's seats, however many act at once:
 * fifty offers and enrolments fired together at the last seat, one succeeds and the rest
 * get 409. A retried seat request makes one placement.
 */
class SeatsAndRetriesIntegrationTest extends VocationalIntegrationTest {

	private static final int CALLERS = 50;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldGiveTheLastSeatToExactlyOneOfFiftyOffersFiredTogether() throws Exception {
		String opening = postOpening(token(VANNA), openingBody(3, ""));
		for (int i = 0; i < 2; i++) {
			String taken = requestedPlacement(opening);
			assertThat(act(VANNA, taken, "offer", holdUntil(TODAY.plusDays(3))).status()).isEqualTo(200);
		}
		List<String> waiting = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			waiting.add(requestedPlacement(opening));
		}

		List<Response> answers = together(waiting.stream()
			.<Callable<Response>>map(id -> () -> act(VANNA, id, "offer", holdUntil(TODAY.plusDays(3))))
			.toList());

		assertThat(statuses(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CALLERS - 1));
		assertThat(answers).filteredOn(answer -> answer.status() == 409)
			.allSatisfy(answer -> assertThat(answer.contentType()).startsWith("application/problem+json"));
		assertSeatsAgree(opening, 3);
	}

	@Test
	void shouldLetAnEnrolmentAndFortyNineOffersRaceForALapsedHoldWithOneWinner() throws Exception {
		String opening = postOpening(token(VANNA), openingBody(2, ""));
		String enrolled = requestedPlacement(opening);
		act(VANNA, enrolled, "offer", holdUntil(TODAY));
		act(VANNA, enrolled, "enrol", "");
		String lapsed = requestedPlacement(opening);
		act(VANNA, lapsed, "offer", holdUntil(TODAY));
		// two days pass
		jdbc.update("update placement set hold_until = ? where id = ?", TODAY.minusDays(1), lapsed);
		List<Callable<Response>> calls = new ArrayList<>();
		calls.add(() -> act(VANNA, lapsed, "enrol", ""));
		for (int i = 1; i < CALLERS; i++) {
			String id = requestedPlacement(opening);
			calls.add(() -> act(VANNA, id, "offer", holdUntil(TODAY.plusDays(3))));
		}

		List<Response> answers = together(calls);

		assertThat(statuses(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CALLERS - 1));
		assertSeatsAgree(opening, 2);
		boolean enrolmentWon = answers.get(0).status() == 200;
		assertThat(read(DARA, lapsed).json().get("status").asString())
			.as("an offer that wins expires the lapsed hold and takes its seat")
			.isEqualTo(enrolmentWon ? "ENROLLED" : "EXPIRED");
	}

	@Test
	void shouldReplayTheFirstAnswerForTheSameKeyAndBody() {
		String body = seatBody(postOpening(token(VANNA), openingBody(1, "")), 17, "male", "");
		String key = UUID.randomUUID().toString();

		Response first = requestWithKey(key, body);
		Response retry = requestWithKey(key, body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(placementsWithId(first.json().get("id").asString())).isEqualTo(1);
		assertProblem(requestWithKey(key, body.replace("\"age\": 17", "\"age\": 18")), 422, "idempotency-key-reused");
	}

	@Test
	void shouldMakeOnePlacementWhenRetriesArriveTogether() throws Exception {
		String opening = postOpening(token(VANNA), openingBody(1, ""));
		String key = UUID.randomUUID().toString();

		List<Response> answers = together(
				java.util.Collections.nCopies(8, () -> requestWithKey(key, seatBody(opening, 17, "male", ""))));

		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
		assertThat(answers.stream().map(answer -> answer.json().get("id").asString()).distinct()).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from placement where opening_id = ?", Integer.class, opening))
			.isEqualTo(1);
	}

	/**
	 * The opening's count of seats taken is its placements' count of held and enrolled,
	 * and all seats are taken.
	 */
	private void assertSeatsAgree(String opening, int seats) {
		int held = jdbc.queryForObject("""
				select count(*) from placement where opening_id = ? and status in ('OFFERED', 'ENROLLED')""",
				Integer.class, opening);
		int taken = jdbc.queryForObject("select seats_taken from opening where id = ?", Integer.class, opening);
		assertThat(held).isEqualTo(seats);
		assertThat(taken).isEqualTo(seats);
		assertThat(api().get("/api/openings/" + opening, token(DARA)).json().get("seatsFree").asInt()).isZero();
	}

	private static Map<Integer, Long> statuses(List<Response> answers) {
		return answers.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
	}

	private Response requestWithKey(String key, String body) {
		HttpRequest request = api().request("/api/placements", token(DARA))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return api().send(request);
	}

	private int placementsWithId(String id) {
		return jdbc.queryForObject("select count(*) from placement where id = ?", Integer.class, id);
	}

}
