package org.partnernetwork.vocational.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * A centre's and a requester's seat requests: listed a page at a time with the totals,
 * and counted in an outcome summary for the roles that read it.
 */
class SeatRequestListsIntegrationTest extends VocationalIntegrationTest {

	@Test
	void shouldListACentresRequestsAPageAtATimeWithTheTotals() {
		String centre = otherCentreStaff(uniqueCentre("paged"));
		String opening = postOpening(centre, openingBody(30, ""));
		for (int i = 0; i < 23; i++) {
			requestedPlacement(opening);
		}

		JsonNode first = list(centre, "box=incoming&status=REQUESTED&page=0&size=20");
		JsonNode second = list(centre, "box=incoming&status=REQUESTED&page=1&size=20");

		assertThat(first.get("items")).hasSize(20);
		assertThat(first.get("totalItems").asLong()).isEqualTo(23);
		assertThat(first.get("totalPages").asInt()).isEqualTo(2);
		assertThat(second.get("items")).hasSize(3);
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
		assertThat(list(centre, "box=incoming&page=2&size=20").get("items")).isEmpty();
	}

	@Test
	void shouldNeverListMoreThanAHundredAtOnce() {
		assertThat(list(token(VANNA), "box=incoming&size=100").get("size").asInt()).isEqualTo(100);
		assertProblem(api().get("/api/placements?box=incoming&size=101", token(VANNA)), 400, "validation");
		assertProblem(api().get("/api/placements?box=incoming&size=0", token(VANNA)), 400, "validation");
		assertProblem(api().get("/api/placements?box=incoming&page=-1", token(VANNA)), 400, "validation");
	}

	@Test
	void shouldCountTheSeatsAnOrganisationAskedForForItsCoordinators() {
		String organisation = uniqueCentre("asker");
		String coordinator = issuer.token()
			.username("coordinator." + organisation)
			.organisations(organisation)
			.roles("coordinator")
			.build();
		String opening = postOpening(token(VANNA), openingStartingToday(5));
		String employed = requested(coordinator, opening);
		requested(coordinator, opening);
		api().post("/api/placements/" + employed + "/offer", token(VANNA), holdUntil(TODAY));
		api().post("/api/placements/" + employed + "/enrol", token(VANNA), "");
		api().post("/api/placements/" + employed + "/complete", token(VANNA), "{\"code\": \"EMPLOYED\"}");

		Response summary = api().get("/api/placements/outcomes?box=outgoing", coordinator);

		assertThat(summary.status()).as(summary.body()).isEqualTo(200);
		JsonNode numbers = summary.json();
		assertThat(numbers.get("box").asString()).isEqualTo("outgoing");
		assertThat(numbers.get("organisation").asString()).isEqualTo(organisation);
		assertThat(numbers.get("requests").asLong()).isEqualTo(2);
		assertThat(numbers.get("awaitingAnswer").asLong()).isEqualTo(1);
		assertThat(numbers.get("completedByOutcome").get("EMPLOYED").asLong()).isEqualTo(1);
		assertThat(summary.header("Cache-Control")).contains("no-store");
	}

	@Test
	void shouldKeepEachOutcomeSummaryToItsRoles() {
		assertThat(api().get("/api/placements/outcomes", token(VANNA)).status()).isEqualTo(200);
		assertThat(api().get("/api/placements/outcomes?box=incoming", token(VANNA)).json().get("box").asString())
			.isEqualTo("incoming");
		assertThat(api().get("/api/placements/outcomes?box=outgoing", token(DARA)).status()).isEqualTo(200);
		assertProblem(api().get("/api/placements/outcomes?box=outgoing", token(VANNA)), 403, "forbidden");
		assertProblem(api().get("/api/placements/outcomes?box=incoming", token(DARA)), 403, "forbidden");
		assertProblem(api().get("/api/placements/outcomes?box=sideways", token(DARA)), 400, "validation");
		String noRole = issuer.token().username("new.member").organisations("tdh-nl").roles().build();
		assertProblem(api().get("/api/placements/outcomes?box=outgoing", noRole), 403, "forbidden");
	}

	private String requested(String coordinator, String opening) {
		Response requested = api().post("/api/placements", coordinator, seatBody(opening, 17, "male", ""));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		return requested.json().get("id").asString();
	}

	private JsonNode list(String token, String query) {
		Response list = api().get("/api/placements?" + query, token);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json();
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
	}

	private static String uniqueCentre(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "z") + "-vtc";
	}

}
