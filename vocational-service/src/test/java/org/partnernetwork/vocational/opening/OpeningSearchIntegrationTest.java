package org.partnernetwork.vocational.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;

/**
 * Anyone signed in finds openings by trade, province, a young person's age and sex, and
 * start date, and sees the seats still free. Each test searches a trade of its own: the
 * database is shared.
 */
class OpeningSearchIntegrationTest extends VocationalIntegrationTest {

	private String trade;

	@BeforeEach
	void aTradeOfThisTest() {
		trade = "welding-" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
	}

	private String opening(String changes) {
		String body = openingBody(2, "").replace("motorbike-mechanics", trade);
		for (String change : changes.isEmpty() ? new String[0] : changes.split(";")) {
			String[] fromTo = change.split("=>");
			body = body.replace(fromTo[0], fromTo[1]);
		}
		return postOpening(token(VANNA), body);
	}

	private List<String> found(String query) {
		Response found = api().get("/api/openings?trade=" + trade + "&size=100" + query, token(DemoUser.RITHY));
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		return found.json().get("items").findValuesAsString("id");
	}

	@Test
	void shouldFindOpeningsThatFitAYoungPersonsAgeSexAndProvince() {
		String kandalAny = opening("");
		String girlsOnly = opening("\"sex\": \"any\"=>\"sex\": \"female\"");
		String battambang = opening("\"KH-8\"=>\"KH-2\"");
		String olderOnly = opening("\"minAge\": 16=>\"minAge\": 18");

		assertThat(found("")).containsExactlyInAnyOrder(kandalAny, girlsOnly, battambang, olderOnly);
		assertThat(found("&province=KH-8&age=16&sex=male")).containsExactly(kandalAny);
		assertThat(found("&age=17&sex=female")).containsExactlyInAnyOrder(kandalAny, girlsOnly, battambang);
		assertThat(found("&age=25")).isEmpty();
		assertThat(found("&sex=other")).containsExactlyInAnyOrder(kandalAny, battambang, olderOnly);
	}

	@Test
	void shouldFindOpeningsStartingFromADateEarliestFirst() {
		String later = opening(
				"\"startDate\": \"%s\"=>\"startDate\": \"%s\"".formatted(TODAY.plusDays(30), TODAY.plusDays(60)));
		String sooner = opening("");

		assertThat(found("")).containsExactly(sooner, later);
		assertThat(found("&startsFrom=" + TODAY.plusDays(31))).containsExactly(later);
		assertThat(found("&startsFrom=" + TODAY.plusDays(30))).containsExactly(sooner, later);
	}

	@Test
	void shouldShowTheSeatsStillFreeAndHideClosedOpenings() {
		String id = opening("");
		assertThat(act(VANNA, requestedPlacement(id), "offer", holdUntil(TODAY.plusDays(3))).status()).isEqualTo(200);
		requestedPlacement(id);
		String closed = opening("");
		assertThat(api().post("/api/openings/" + closed + "/close", token(VANNA), "").status()).isEqualTo(200);

		Response found = api().get("/api/openings?trade=" + trade, token(DARA));
		assertThat(found.json().get("items").findValuesAsString("id")).containsExactly(id);
		assertThat(found.json().get("items").get(0).get("seatsFree").asInt()).as("two seats, one held").isEqualTo(1);
		assertThat(api().get("/api/openings?mine=true&size=100", token(VANNA))
			.json()
			.get("items")
			.findValuesAsString("id")).contains(id, closed);
	}

	@Test
	void shouldRefuseSearchesItCannotUnderstand() {
		assertProblem(api().get("/api/openings?province=Kandal", token(DARA)), 400, "validation");
		assertProblem(api().get("/api/openings?age=-1", token(DARA)), 400, "validation");
		assertProblem(api().get("/api/openings?startsFrom=tomorrow", token(DARA)), 400, "malformed-request");
		assertProblem(api().get("/api/openings?size=101", token(DARA)), 400, "validation");
	}

}
