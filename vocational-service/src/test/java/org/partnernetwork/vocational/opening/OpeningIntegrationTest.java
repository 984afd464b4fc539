package org.partnernetwork.vocational.opening;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Fault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A centre posts, edits and closes its own openings, checked against the directory
 * (WireMock here) with the user's own token; nothing it gets wrong is saved.
 */
class OpeningIntegrationTest extends VocationalIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldPostAnOpeningForTheCentreOfTheStaffMemberAfterAskingTheDirectory() {
		String token = token(VANNA);
		Response posted = api().post("/api/openings", token, openingBody(1, ""));

		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		String id = posted.json().get("id").asString();
		assertThat(posted.header("Location")).isEqualTo("/api/openings/" + id);
		assertThat(posted.json().get("centre").asString()).isEqualTo("kandal-vtc");
		assertThat(posted.json().get("seatsFree").asInt()).isEqualTo(1);
		assertThat(posted.json().get("status").asString()).isEqualTo("OPEN");
		directory.verify(getRequestedFor(urlPathEqualTo("/api/organisations/kandal-vtc")).withHeader("Authorization",
				equalTo("Bearer " + token)));

		Response read = api().get("/api/openings/" + id, token(DemoUser.RITHY));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("title").get("km").asString()).isEqualTo("ជួសជុលម៉ូតូ");
		assertThat(read.json().get("stipendMonthlyUsd").asInt()).isEqualTo(40);
	}

	@Test
	void shouldLetOnlyCentreStaffPostOpenings() {
		assertProblem(api().post("/api/openings", token(DARA), openingBody(1, "")), 403, "forbidden");
		assertProblem(api().post("/api/openings", null, openingBody(1, "")), 401, "unauthenticated");
	}

	@Test
	void shouldSayWhenTheDirectoryDoesNotLetTheCentreOfferTraining() {
		stubOrganisation("suspended-vtc", "SUSPENDED", "vocational-training");
		assertProblem(api().post("/api/openings", otherCentreStaff("suspended-vtc"), openingBody(1, "")), 422,
				"centre-unavailable");
		assertProblem(api().post("/api/openings", otherCentreStaff("nowhere"), openingBody(1, "")), 422,
				"centre-unavailable");
		Response notTraining = api().post("/api/openings", otherCentreStaff("tdh-nl"), openingBody(1, ""));
		assertProblem(notTraining, 422, "training-not-offered");
		assertThat(notTraining.json().get("detail").asString()).contains("tdh-nl", "vocational-training");
	}

	@Test
	void shouldSaveNothingAndAnswerFastWhenTheDirectoryIsDownOrSlow() {
		int before = openings();
		directory.stubFor(get(urlPathEqualTo("/api/organisations/kandal-vtc"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertProblem(api().post("/api/openings", token(VANNA), openingBody(1, "")), 503, "directory-unavailable");

		directory.stubFor(get(urlPathEqualTo("/api/organisations/kandal-vtc"))
			.willReturn(aResponse().withFixedDelay(6000).withBody("{}")));
		Instant start = Instant.now();
		assertProblem(api().post("/api/openings", token(VANNA), openingBody(1, "")), 503, "directory-unavailable");
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
		assertThat(openings()).isEqualTo(before);
	}

	static Stream<Arguments> openingsThatCannotBeRight() {
		String start = "\"startDate\": \"" + TODAY.plusDays(30) + "\"";
		String deadline = "\"applicationDeadline\": \"" + TODAY.plusDays(20) + "\"";
		return Stream.of(
				arguments("an unknown field", "\"seats\": 1", "\"seats\": 1, \"centre\": \"tdh-nl\"",
						"unknown-property"),
				arguments("negative seats", "\"seats\": 1", "\"seats\": -1", "validation"),
				arguments("no seats", "\"seats\": 1", "\"seats\": 0", "validation"),
				arguments("max age below min age", "\"maxAge\": 24", "\"maxAge\": 15", "validation"),
				arguments("a start date in the past", start, "\"startDate\": \"" + TODAY.minusDays(1) + "\"",
						"validation"),
				arguments("a deadline after the start", deadline,
						"\"applicationDeadline\": \"" + TODAY.plusDays(31) + "\"", "validation"),
				arguments("a province outside Cambodia", "\"KH-8\"", "\"TH-10\"", "validation"),
				arguments("a sex other than any, female or male", "\"sex\": \"any\"", "\"sex\": \"boys\"",
						"validation"),
				arguments("a stipend amount without a stipend", "\"stipend\": true", "\"stipend\": false",
						"validation"),
				arguments("a version when posting", "\"seats\": 1", "\"seats\": 1, \"version\": 0", "validation"),
				arguments("a date that is not a date", start, "\"startDate\": \"next month\"", "malformed-request"));
	}

	@ParameterizedTest(name = "{0} is refused")
	@MethodSource("openingsThatCannotBeRight")
	void shouldRefuseOpeningsThatCannotBeRight(String what, String field, String replacement, String problem) {
		int before = openings();
		String body = openingBody(1, "");
		assertThat(body).contains(field);

		Response refused = api().post("/api/openings", token(VANNA), body.replace(field, replacement));

		assertProblem(refused, 400, problem);
		assertThat(openings()).isEqualTo(before);
	}

	@Test
	void shouldNameEachFieldThatDoesNotFitTheOthers() {
		Response refused = api().post("/api/openings", token(VANNA),
				openingBody(1, "").replace("\"maxAge\": 24", "\"maxAge\": 15")
					.replace("\"startDate\": \"" + TODAY.plusDays(30), "\"startDate\": \"" + TODAY.minusDays(1)));
		assertProblem(refused, 400, "validation");
		assertThat(refused.json().get("errors").findValuesAsString("field")).contains("maxAge", "startDate",
				"applicationDeadline");
	}

	@Test
	void shouldLetTheCentreEditItsOpeningOnTheVersionItLastRead() {
		String id = postOpening(token(VANNA), openingBody(2, ""));
		String path = "/api/openings/" + id;

		Response edited = put(token(VANNA), path, openingBody(3, "\"version\": 0"));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().get("seats").asInt()).isEqualTo(3);
		assertThat(edited.json().get("version").asLong()).isEqualTo(1);

		assertProblem(put(token(VANNA), path, openingBody(4, "\"version\": 0")), 409, "concurrent-update");
		assertProblem(put(token(VANNA), path, openingBody(4, "")), 400, "validation");
		assertThat(api().get(path, token(VANNA)).json().get("seats").asInt()).isEqualTo(3);
	}

	@Test
	void shouldNotLetAnotherCentreOrACoordinatorChangeTheOpening() {
		String id = postOpening(token(VANNA), openingBody(2, ""));
		String path = "/api/openings/" + id;

		assertProblem(put(otherCentreStaff("battambang-vtc"), path, openingBody(9, "\"version\": 0")), 404,
				"not-found");
		assertProblem(api().post(path + "/close", otherCentreStaff("battambang-vtc"), ""), 404, "not-found");
		assertProblem(api().post(path + "/close", token(DARA), ""), 403, "forbidden");
		assertThat(api().get(path, token(VANNA)).json().get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void shouldCloseAnOpeningSoThatItTakesNoMoreRequestsAndCannotBeEdited() {
		String id = postOpening(token(VANNA), openingBody(2, ""));
		String path = "/api/openings/" + id;

		Response closed = api().post(path + "/close", token(VANNA), "");
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
		assertProblem(api().post(path + "/close", token(VANNA), ""), 409, "opening-closed");
		assertProblem(put(token(VANNA), path, openingBody(2, "\"version\": 1")), 409, "opening-closed");
		assertProblem(requestSeat(DARA, seatBody(id, 17, "male", "")), 422, "opening-closed");
	}

	@Test
	void shouldNeverLeaveAnOpeningWithFewerSeatsThanAreHeldOrTaken() {
		String id = postOpening(token(VANNA), openingBody(2, ""));
		for (int i = 0; i < 2; i++) {
			assertThat(act(VANNA, requestedPlacement(id), "offer", holdUntil(TODAY.plusDays(5))).status())
				.isEqualTo(200);
		}

		Response fewer = put(token(VANNA), "/api/openings/" + id, openingBody(1, "\"version\": 0"));
		assertProblem(fewer, 409, "seats-taken");
		assertThat(fewer.json().get("detail").asString()).contains("2");
		assertThat(api().get("/api/openings/" + id, token(DARA)).json().get("seatsFree").asInt()).isZero();
	}

	private int openings() {
		return jdbc.queryForObject("select count(*) from opening", Integer.class);
	}

}
