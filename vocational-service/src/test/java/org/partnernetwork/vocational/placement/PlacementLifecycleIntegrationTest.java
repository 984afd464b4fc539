package org.partnernetwork.vocational.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/** A seat from request to outcome, as the coordinator and the centre see it. */
@ExtendWith(OutputCaptureExtension.class)
class PlacementLifecycleIntegrationTest extends VocationalIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldCarryASeatFromRequestToEmployment(CapturedOutput logs) {
		String opening = postOpening(token(VANNA), openingStartingToday(1));
		Response requested = requestSeat(DARA, seatBody(opening, 16, "male", ""));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		String id = requested.json().get("id").asString();
		assertThat(requested.header("Location")).isEqualTo("/api/placements/" + id);
		assertThat(requested.header("Cache-Control")).contains("no-store");
		assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
		assertThat(requested.json().get("opening").get("title").get("en").asString()).isEqualTo("Motorbike mechanics");

		JsonNode asCentre = read(VANNA, id).json();
		assertThat(asCentre.get("caseReference").asString()).isEqualTo("TDH-2026-0031");
		assertThat(asCentre.get("parties").get("requester").asString()).isEqualTo("tdh-nl");
		assertThat(asCentre.get("actions")).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("offer", "decline");
		assertThat(read(DARA, id).json().get("actions")).extracting(JsonNode::asString).containsExactly("withdraw");

		Response offered = act(VANNA, id, "offer", holdUntil(TODAY));
		assertThat(offered.status()).as(offered.body()).isEqualTo(200);
		assertThat(offered.json().get("status").asString()).isEqualTo("OFFERED");
		assertThat(offered.json().get("holdUntil").asString()).isEqualTo(TODAY.toString());
		assertThat(seatsFree(opening)).isZero();

		assertThat(act(VANNA, id, "enrol", "").json().get("status").asString()).isEqualTo("ENROLLED");
		assertThat(seatsFree(opening)).isZero();
		Response completed = act(VANNA, id, "complete", "{\"code\": \"EMPLOYED\"}");
		assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(completed.json().get("closureCode").asString()).isEqualTo("EMPLOYED");
		assertThat(completed.json().get("actions")).isEmpty();
		assertThat(seatsFree(opening)).as("a completed course no longer holds its seat").isEqualTo(1);

		assertThat(read(DARA, id).json().get("dates").get("enrolledAt").isNull()).isFalse();
		assertThat(logs.getAll()).doesNotContain("TDH-2026-0031", "wants to work with engines");
	}

	@Test
	void shouldSayWhatDoesNotFitWhenTheYoungPersonIsNotEligible() {
		String girlsFrom18 = postOpening(token(VANNA),
				openingBody(1, "").replace("\"sex\": \"any\"", "\"sex\": \"female\"")
					.replace("\"minAge\": 16", "\"minAge\": 18"));

		Response boyOf16 = requestSeat(DARA, seatBody(girlsFrom18, 16, "male", ""));
		assertProblem(boyOf16, 422, "not-eligible");
		assertThat(boyOf16.json().get("errors").findValuesAsString("field")).containsExactly("age", "sex");
		assertThat(boyOf16.json().get("errors").get(0).get("message").asString()).contains("18–24");
		assertThat(requestSeat(DARA, seatBody(girlsFrom18, 18, "female", "")).status()).isEqualTo(201);
		assertProblem(requestSeat(DARA, seatBody("00000000-0000-4000-8000-000000000000", 18, "female", "")), 404,
				"not-found");
	}

	@Test
	void shouldRefuseRequestsAfterTheApplicationDeadline() {
		String opening = postOpening(token(VANNA), openingBody(1, ""));
		jdbc.update("update opening set application_deadline = ? where id = ?", TODAY.minusDays(1), opening);

		Response late = requestSeat(DARA, seatBody(opening, 17, "male", ""));
		assertProblem(late, 422, "not-eligible");
		assertThat(late.json().get("errors").findValuesAsString("field")).containsExactly("applicationDeadline");
	}

	@Test
	void shouldDeclineWithAReasonAndLetTheRequesterWithdraw() {
		String opening = postOpening(token(VANNA), openingBody(1, ""));
		String declined = requestedPlacement(opening);
		assertProblem(act(VANNA, declined, "decline", ""), 400, "validation");
		assertProblem(act(VANNA, declined, "decline", "{\"code\": \"TOO_YOUNG\"}"), 400, "validation");
		Response answer = act(VANNA, declined, "decline", "{\"code\": \"LITERACY_NOT_MET\"}");
		assertThat(answer.json().get("closureCode").asString()).isEqualTo("LITERACY_NOT_MET");
		assertProblem(act(VANNA, declined, "offer", holdUntil(TODAY)), 409, "invalid-transition");

		String withdrawn = requestedPlacement(opening);
		assertThat(act(VANNA, withdrawn, "offer", holdUntil(TODAY)).status()).isEqualTo(200);
		assertThat(seatsFree(opening)).isZero();
		assertThat(act(DARA, withdrawn, "withdraw", "").json().get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(seatsFree(opening)).as("the withdrawn offer's seat is free again").isEqualTo(1);
	}

	@Test
	void shouldRecordADropOutWithItsReasonAndFreeTheSeat() {
		String opening = postOpening(token(VANNA), openingBody(1, ""));
		String id = requestedPlacement(opening);
		act(VANNA, id, "offer", holdUntil(TODAY.plusDays(1)));
		assertProblem(act(VANNA, id, "drop-out", "{\"code\": \"FAMILY_REASONS\"}"), 409, "invalid-transition");
		act(VANNA, id, "enrol", "");
		assertProblem(act(VANNA, id, "withdraw", ""), 403, "forbidden");
		assertProblem(act(DARA, id, "withdraw", ""), 409, "invalid-transition");

		Response droppedOut = act(VANNA, id, "drop-out", "{\"code\": \"FAMILY_REASONS\"}");
		assertThat(droppedOut.json().get("status").asString()).isEqualTo("DROPPED_OUT");
		assertThat(seatsFree(opening)).isEqualTo(1);
	}

	@Test
	void shouldHoldASeatOnlyUntilADateBetweenTodayAndTheStart() {
		String id = requestedPlacement(postOpening(token(VANNA), openingBody(1, "")));
		assertProblem(act(VANNA, id, "offer", ""), 400, "validation");
		assertProblem(act(VANNA, id, "offer", holdUntil(TODAY.minusDays(1))), 400, "validation");
		assertProblem(act(VANNA, id, "offer", holdUntil(TODAY.plusDays(31))), 400, "validation");
		assertProblem(act(VANNA, id, "offer", "{\"holdUntil\": \"" + TODAY + "\", \"seat\": 3}"), 400,
				"unknown-property");
		assertProblem(act(VANNA, id, "enrol", ""), 409, "invalid-transition");
		assertProblem(act(VANNA, id, "complete", "{\"code\": \"EMPLOYED\"}"), 409, "invalid-transition");
		assertThat(read(DARA, id).json().get("status").asString()).isEqualTo("REQUESTED");
	}

	@Test
	void shouldSummariseACentresOutcomesForThatCentreOnly() {
		String centre = otherCentreStaff(
				"summary-" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "z") + "-vtc");
		String opening = postOpening(centre, openingStartingToday(5));
		String employed = requestedPlacement(opening);
		String droppedOut = requestedPlacement(opening);
		String declined = requestedPlacement(opening);
		requestedPlacement(opening);
		for (String id : new String[] { employed, droppedOut }) {
			api().post("/api/placements/" + id + "/offer", centre, holdUntil(TODAY));
			api().post("/api/placements/" + id + "/enrol", centre, "");
		}
		api().post("/api/placements/" + employed + "/complete", centre, "{\"code\": \"EMPLOYED\"}");
		api().post("/api/placements/" + droppedOut + "/drop-out", centre, "{\"code\": \"FOUND_WORK\"}");
		api().post("/api/placements/" + declined + "/decline", centre, "{\"code\": \"COURSE_FULL\"}");

		Response summary = api().get("/api/placements/outcomes", centre);
		assertThat(summary.status()).as(summary.body()).isEqualTo(200);
		JsonNode numbers = summary.json();
		assertThat(numbers.get("requests").asLong()).isEqualTo(4);
		assertThat(numbers.get("awaitingAnswer").asLong()).isEqualTo(1);
		assertThat(numbers.get("enrolled").asLong()).isEqualTo(2);
		assertThat(numbers.get("completed").asLong()).isEqualTo(1);
		assertThat(numbers.get("completedByOutcome").get("EMPLOYED").asLong()).isEqualTo(1);
		assertThat(numbers.get("completedByOutcome").get("NOT_WORKING").asLong()).isZero();
		assertThat(numbers.get("droppedOut").asLong()).isEqualTo(1);
		assertThat(numbers.get("droppedOutByReason").get("FOUND_WORK").asLong()).isEqualTo(1);
		assertThat(numbers.get("declined").asLong()).isEqualTo(1);
		assertThat(summary.header("Cache-Control")).contains("no-store");
		assertProblem(api().get("/api/placements/outcomes", token(DARA)), 403, "forbidden");
	}

	private int seatsFree(String opening) {
		return api().get("/api/openings/" + opening, token(DARA)).json().get("seatsFree").asInt();
	}

}
