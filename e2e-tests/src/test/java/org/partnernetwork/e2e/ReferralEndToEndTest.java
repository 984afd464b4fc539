package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Instant;
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
 * A real handover through the gateway with Keycloak's tokens: sophea.aple refers a
 * 12-year-old boy from Kandal to tdh-nl for psychosocial counselling, with his
 * grandmother's consent and his assent; dara.tdh accepts, starts, adds a note and
 * completes; rithy.myc and admin.network never see it.
 */
class ReferralEndToEndTest {

	static HttpApi gateway;

	@BeforeAll
	static void startPlatform() {
		gateway = new HttpApi(RunningPlatform.urls().gateway());
	}

	private static final String REFERRAL = """
			{"receiverOrganisation": "%s", "serviceType": "%s", "caseReference": "%s",
			 "child": {"sex": "male", "ageYears": 12, "province": "KH-8", "languages": ["km"]},
			 "urgency": "HIGH", "riskLevel": "MEDIUM",
			 "summary": "%s",
			 "consent": {"givenBy": "CAREGIVER", "childAssented": true, "recordedAt": "%s"},
			 "send": true}""";

	private static String referral(String receiver, String serviceType) {
		return REFERRAL
			.formatted(receiver, serviceType, ChildTexts.remember("APLE-E2E-" + System.nanoTime()),
					ChildTexts.remember("Boy, 12, testified last month; needs counselling twice a month. Lives with his"
							+ " grandmother."),
					Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
	}

	@Test
	void shouldHandACaseFromApleToTdhAndFollowItToItsOutcome() {
		String sophea = RunningPlatform.passwordGrant(DemoUser.SOPHEA);
		String dara = RunningPlatform.passwordGrant(DemoUser.DARA);

		Response sent = gateway.post("/api/referrals", sophea, referral("tdh-nl", "psychosocial-counselling"));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		assertThat(sent.header("Cache-Control")).contains("no-store");
		String id = sent.json().get("id").asString();
		String path = "/api/referrals/" + id;

		assertThat(ids(gateway.get("/api/referrals?box=incoming&status=REQUESTED&size=100", dara))).contains(id);
		assertThat(gateway.post(path + "/accept", dara, "").json().get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(gateway.post(path + "/start", dara, "").json().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(
				gateway
					.post(path + "/notes", dara,
							"{\"text\": \"" + ChildTexts.remember("First session held with his grandmother present.")
									+ "\"}")
					.status())
			.isEqualTo(200);
		Response completed = gateway.post(path + "/complete", dara, "{\"code\": \"GOALS_MET\"}");
		assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");

		JsonNode asSender = gateway.get(path, sophea).json();
		assertThat(asSender.get("timeline").findValuesAsString("type")).containsExactly("CREATED", "SEND", "ACCEPT",
				"START", "NOTE", "COMPLETE");
		assertThat(asSender.get("timeline").get(4).get("note").asString()).contains("First session held");
		assertThat(asSender.get("consent").get("givenBy").asString()).isEqualTo("CAREGIVER");

		for (DemoUser outsider : List.of(DemoUser.RITHY, DemoUser.ADMIN_NETWORK)) {
			String token = RunningPlatform.passwordGrant(outsider);
			assertProblem(gateway.get(path, token), 404, "not-found");
			String note = "{\"text\": \"" + ChildTexts.remember("Note from outside the case: never stored.") + "\"}";
			assertProblem(gateway.post(path + "/notes", token, note), outsider == DemoUser.RITHY ? 404 : 403,
					outsider == DemoUser.RITHY ? "not-found" : "forbidden");
		}
		assertThat(
				ids(gateway.get("/api/referrals?box=incoming&size=100", RunningPlatform.passwordGrant(DemoUser.RITHY))))
			.doesNotContain(id);
		List<String> trail = StreamSupport
			.stream(gateway.get(path + "/audit", RunningPlatform.passwordGrant(DemoUser.SOKHA)).json().spliterator(),
					false)
			.map(line -> line.get("user").asString() + " " + line.get("action").asString() + " "
					+ line.get("outcome").asString())
			.toList();
		assertThat(trail).contains("sophea.aple create ALLOWED", "dara.tdh complete ALLOWED", "rithy.myc read DENIED",
				"admin.network read DENIED");
	}

	@Test
	void shouldRefuseReferralsToASuspendedOrganisationOrForAServiceItDoesNotOffer() {
		String admin = RunningPlatform.passwordGrant(DemoUser.ADMIN_NETWORK);
		String sophea = RunningPlatform.passwordGrant(DemoUser.SOPHEA);
		assertProblem(gateway.post("/api/referrals", sophea, referral("tdh-nl", "legal-aid")), 422,
				"service-not-offered");
		assertThat(gateway.post("/api/organisations/kandal-ahtjp/suspend", admin, "").status()).isEqualTo(200);
		try {
			assertProblem(gateway.post("/api/referrals", sophea, referral("kandal-ahtjp", "law-enforcement")), 422,
					"receiver-unavailable");
		}
		finally {
			assertThat(gateway.post("/api/organisations/kandal-ahtjp/reactivate", admin, "").status()).isEqualTo(200);
		}
		assertThat(gateway.post("/api/referrals", sophea, referral("kandal-ahtjp", "law-enforcement")).status())
			.isEqualTo(201);
	}

	@Test
	void shouldNotLetCentreStaffSendReferrals() {
		assertProblem(gateway.post("/api/referrals", RunningPlatform.passwordGrant(DemoUser.VANNA),
				referral("tdh-nl", "psychosocial-counselling")), 403, "forbidden");
	}

	private static List<String> ids(Response list) {
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json().get("items").findValuesAsString("id");
	}

}
