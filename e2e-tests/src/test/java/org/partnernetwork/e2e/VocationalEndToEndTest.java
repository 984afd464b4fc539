package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

/**
 * The seed of vocational placement, through the gateway with Keycloak's tokens:
 * sophea.aple refers a 16-year-old boy to tdh-nl and dara.tdh accepts; vanna.kvtc posts
 * "Motorbike mechanics, Kandal, ages 16–24, 1 seat"; dara asks for the seat for the boy,
 * linked to the referral; the centre offers, enrols and records that he is EMPLOYED; both
 * sides of the referral see each step on its timeline (posted by the outbox with the
 * service's own token); the centre's outcome summary counts him; rithy.myc never sees the
 * placement.
 */
class VocationalEndToEndTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

	static HttpApi gateway;

	@BeforeAll
	static void startPlatform() {
		gateway = new HttpApi(RunningPlatform.urls().gateway());
	}

	@Test
	void shouldPlaceAReferredBoyInTrainingAndShowHisEmploymentOnTheReferralsTimeline() {
		String sophea = RunningPlatform.passwordGrant(DemoUser.SOPHEA);
		String dara = RunningPlatform.passwordGrant(DemoUser.DARA);
		String vanna = RunningPlatform.passwordGrant(DemoUser.VANNA);
		String referral = acceptedReferralForABoyOf16(sophea, dara);
		JsonNode outcomesBefore = outcomes(vanna);
		JsonNode askedBefore = askedFor(dara);

		Response opening = gateway.post("/api/openings", vanna, """
				{"trade": "motorbike-mechanics", "title": {"en": "Motorbike mechanics", "km": "ជួសជុលម៉ូតូ"},
				 "province": "KH-8", "minAge": 16, "maxAge": 24, "sex": "any", "seats": 1,
				 "startDate": "%s", "durationWeeks": 24, "applicationDeadline": "%s",
				 "stipend": true, "stipendMonthlyUsd": 40, "boarding": false, "literacyRequired": false,
				 "certificate": "MoLVT C1"}""".formatted(TODAY, TODAY));
		assertThat(opening.status()).as(opening.body()).isEqualTo(201);
		String openingId = opening.json().get("id").asString();
		assertThat(ids(
				gateway.get("/api/openings?trade=motorbike-mechanics&province=KH-8&age=16&sex=male&size=100", dara)))
			.contains(openingId);

		Response requested = gateway.post("/api/placements", dara,
				"""
						{"openingId": "%s", "caseReference": "%s", "age": 16, "sex": "male", "referralId": "%s",
						 "note": "%s", "consent": {"givenBy": "CAREGIVER", "childAssented": true}}""".formatted(
						openingId, ChildTexts.remember("TDH-E2E-" + System.nanoTime()), referral,
						ChildTexts.remember("Referred by APLE; keen on engines.")));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		assertThat(requested.header("Cache-Control")).contains("no-store");
		String placement = requested.json().get("id").asString();
		String path = "/api/placements/" + placement;

		assertThat(act(vanna, path + "/offer", "{\"holdUntil\": \"" + TODAY + "\"}")).isEqualTo("OFFERED");
		assertThat(gateway.get("/api/openings/" + openingId, dara).json().get("seatsFree").asInt()).isZero();
		assertThat(act(vanna, path + "/enrol", "")).isEqualTo("ENROLLED");
		assertThat(act(vanna, path + "/complete", "{\"code\": \"EMPLOYED\"}")).isEqualTo("COMPLETED");

		for (String side : List.of(dara, sophea)) {
			JsonNode timeline = timelineShowing(referral, side, "PLACEMENT_COMPLETED");
			assertThat(timeline.findValuesAsString("type")).containsSubsequence("ACCEPT", "PLACEMENT_ENROLLED",
					"PLACEMENT_COMPLETED");
			JsonNode completed = StreamSupport.stream(timeline.spliterator(), false)
				.filter(entry -> entry.get("type").asString().equals("PLACEMENT_COMPLETED"))
				.findFirst()
				.orElseThrow();
			assertThat(completed.get("code").asString()).isEqualTo("EMPLOYED");
			assertThat(completed.get("organisation").asString()).isEqualTo("kandal-vtc");
		}

		JsonNode outcomesAfter = outcomes(vanna);
		assertThat(count(outcomesAfter, "requests") - count(outcomesBefore, "requests")).isEqualTo(1);
		assertThat(count(outcomesAfter, "enrolled") - count(outcomesBefore, "enrolled")).isEqualTo(1);
		assertThat(outcomesAfter.get("completedByOutcome").get("EMPLOYED").asLong()
				- outcomesBefore.get("completedByOutcome").get("EMPLOYED").asLong())
			.isEqualTo(1);

		String rithy = RunningPlatform.passwordGrant(DemoUser.RITHY);
		assertProblem(gateway.get(path, rithy), 404, "not-found");
		assertThat(ids(gateway.get("/api/placements?box=outgoing&size=100", rithy))).doesNotContain(placement);
		assertProblem(gateway.get("/api/placements/outcomes", dara), 403, "forbidden");
		assertThat(askedFor(dara).get("completedByOutcome").get("EMPLOYED").asLong()
				- askedBefore.get("completedByOutcome").get("EMPLOYED").asLong())
			.as("the requester's own figures count the seat it asked for")
			.isEqualTo(1);
		assertProblem(gateway.get("/api/placements/outcomes?box=outgoing", vanna), 403, "forbidden");
		assertThat(gateway.post("/api/openings/" + openingId + "/close", vanna, "").status())
			.as("closed, so that later runs search among their own openings")
			.isEqualTo(200);
	}

	/**
	 * sophea.aple refers a 16-year-old boy to tdh-nl for counselling, with consent;
	 * dara.tdh accepts.
	 */
	private static String acceptedReferralForABoyOf16(String sophea, String dara) {
		Response sent = gateway.post("/api/referrals", sophea,
				"""
						{"receiverOrganisation": "tdh-nl", "serviceType": "psychosocial-counselling",
						 "caseReference": "%s",
						 "child": {"sex": "male", "ageYears": 16, "province": "KH-8", "languages": ["km"]},
						 "urgency": "ROUTINE", "riskLevel": "LOW",
						 "summary": "%s",
						 "consent": {"givenBy": "CAREGIVER", "childAssented": true, "recordedAt": "%s"},
						 "send": true}""".formatted(ChildTexts.remember("APLE-E2E-VT-" + System.nanoTime()),
						ChildTexts
							.remember("Boy, 16, left school; wants a trade. Counselling while he looks for training."),
						Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		String id = sent.json().get("id").asString();
		assertThat(gateway.post("/api/referrals/" + id + "/accept", dara, "").json().get("status").asString())
			.isEqualTo("ACCEPTED");
		return id;
	}

	/**
	 * The referral's timeline as one side reads it, once it shows {@code type}: the
	 * outbox is asynchronous.
	 */
	private static JsonNode timelineShowing(String referral, String token, String type) {
		return Deadline.poll(Duration.ofSeconds(60), () -> {
			Response read = gateway.get("/api/referrals/" + referral, token);
			assertThat(read.status()).as(read.body()).isEqualTo(200);
			return read.json().get("timeline");
		}, timeline -> timeline.findValuesAsString("type").contains(type));
	}

	private static String act(String token, String path, String body) {
		Response answer = gateway.post(path, token, body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("status").asString();
	}

	/** The figures of the seats the coordinator's organisation asked for. */
	private static JsonNode askedFor(String coordinator) {
		Response summary = gateway.get("/api/placements/outcomes?box=outgoing", coordinator);
		assertThat(summary.status()).as(summary.body()).isEqualTo(200);
		return summary.json();
	}

	private static JsonNode outcomes(String centreStaff) {
		Response summary = gateway.get("/api/placements/outcomes", centreStaff);
		assertThat(summary.status()).as(summary.body()).isEqualTo(200);
		return summary.json();
	}

	private static long count(JsonNode summary, String field) {
		return summary.get(field).asLong();
	}

	private static List<String> ids(Response list) {
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json().get("items").findValuesAsString("id");
	}

}
