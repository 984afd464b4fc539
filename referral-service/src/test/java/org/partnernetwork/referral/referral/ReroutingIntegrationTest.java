package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.RITHY;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * "Refer elsewhere": after a decline or an expiry, a new referral to another
 * organisation, filled from the old one, linked both ways, under fresh consent; the
 * organisation that declined never sees it.
 */
class ReroutingIntegrationTest extends ReferralIntegrationTest {

	private static final String FRESH_CONSENT = """
			"consent": {"givenBy": "CAREGIVER", "childAssented": true, "recordedAt": "2026-11-25T09:00:00Z"}""";

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void mekongYouthCounsels() {
		stubOrganisation("mekong-youth", "active",
				"""
						{"serviceType": "psychosocial-counselling", "eligibility": {"minAge": 6, "maxAge": 17, "sex": "any"}}""");
	}

	private String declined() {
		String id = sentReferral();
		Response declined = act(DARA, id, "decline", "{\"code\": \"NO_CAPACITY\"}");
		assertThat(declined.status()).as(declined.body()).isEqualTo(200);
		return id;
	}

	private Response referElsewhere(DemoUser user, String id, String body) {
		return api().post("/api/referrals/" + id + "/refer-elsewhere", token(user), body);
	}

	private static String toMekongYouth(String consent) {
		return "{\"receiverOrganisation\": \"mekong-youth\", " + consent + ", \"send\": true}";
	}

	@Test
	void shouldMakeANewReferralFilledFromTheDeclinedOneAndLinkBothWays() {
		String old = declined();

		Response made = referElsewhere(SOPHEA, old, toMekongYouth(FRESH_CONSENT));

		assertThat(made.status()).as(made.body()).isEqualTo(201);
		JsonNode rerouted = made.json();
		String id = rerouted.get("id").asString();
		assertThat(made.header("Location")).endsWith("/api/referrals/" + id);
		assertThat(rerouted.get("status").asString()).isEqualTo("REQUESTED");
		assertThat(rerouted.get("parties").get("receiver").asString()).isEqualTo("mekong-youth");
		assertThat(rerouted.get("serviceType").asString()).isEqualTo("psychosocial-counselling");
		assertThat(rerouted.get("caseReference").asString()).isEqualTo("APLE-2026-0412");
		assertThat(rerouted.get("summary").asString()).startsWith("Boy, 12, needs counselling");
		assertThat(rerouted.get("child").get("ageYears").asInt()).isEqualTo(12);
		assertThat(rerouted.get("urgency").asString()).isEqualTo("HIGH");
		assertThat(rerouted.get("consent").get("receiverOrganisation").asString()).isEqualTo("mekong-youth");
		assertThat(rerouted.get("consent").get("recordedAt").asString()).isEqualTo("2026-11-25T09:00:00Z");
		assertThat(rerouted.get("rerouted").get("from").asString()).isEqualTo(old);
		assertThat(types(rerouted)).contains("REROUTED_FROM", "SEND");

		JsonNode before = read(SOPHEA, old).json();
		assertThat(before.get("rerouted").get("to").asString()).isEqualTo(id);
		assertThat(types(before)).contains("DECLINE", "REFERRED_ELSEWHERE");
		assertThat(before.get("status").asString()).isEqualTo("DECLINED");
		assertThat(jdbc.queryForObject("select case_reference from referral where id = ?", String.class, id))
			.as("sealed anew for the new referral")
			.doesNotContain("APLE");
	}

	@Test
	void shouldNeverShowTheNewReferralToTheOrganisationThatDeclined() {
		String old = declined();
		String id = referElsewhere(SOPHEA, old, toMekongYouth(FRESH_CONSENT)).json().get("id").asString();

		assertProblem(read(DARA, id), 404, "not-found");
		for (String box : List.of("incoming", "outgoing")) {
			assertThat(
					api().get("/api/referrals?box=" + box + "&size=100", token(DARA)).json().findValuesAsString("id"))
				.doesNotContain(id);
		}
		JsonNode stub = read(DARA, old).json();
		assertThat(absent(stub, "rerouted")).as("the decliner is not told where the child went").isTrue();
		assertThat(types(stub)).doesNotContain("REFERRED_ELSEWHERE").contains("DECLINE");
		assertThat(stub.toString()).doesNotContain(id, "mekong-youth");

		JsonNode received = read(RITHY, id).json();
		assertThat(received.get("caseReference").asString()).isEqualTo("APLE-2026-0412");
		assertThat(types(received)).doesNotContain("REROUTED_FROM");
		assertThat(received.toString()).doesNotContain(old, "tdh-nl");
		assertThat(api().get("/api/referrals?box=incoming&size=100", token(RITHY)).json().findValuesAsString("id"))
			.contains(id);
		assertProblem(read(RITHY, old), 404, "not-found");
	}

	@Test
	void shouldReRouteAnExpiredReferralToo() {
		String old = sentReferral();
		jdbc.update("update referral set status = 'EXPIRED', closed_at = sent_at where id = ?", old);

		Response made = referElsewhere(SOPHEA, old, toMekongYouth(FRESH_CONSENT));

		assertThat(made.status()).as(made.body()).isEqualTo(201);
	}

	@Test
	void shouldNeedFreshConsentForTheNewReceiverAndSaveNothingWithout() {
		String old = declined();
		int before = referrals();

		assertProblem(referElsewhere(SOPHEA, old, "{\"receiverOrganisation\": \"mekong-youth\", \"send\": true}"), 422,
				"consent-missing");
		Response otherScope = referElsewhere(SOPHEA, old, toMekongYouth(
				FRESH_CONSENT.replace("\"recordedAt\"", "\"receiverOrganisation\": \"tdh-nl\", \"recordedAt\"")));
		assertProblem(otherScope, 422, "consent-other-scope");
		assertThat(otherScope.json().get("errors").findValuesAsString("field")).containsExactly("consent");
		assertThat(referrals()).isEqualTo(before);
		assertThat(absent(read(SOPHEA, old).json(), "rerouted")).isTrue();

		Response draft = referElsewhere(SOPHEA, old, "{\"receiverOrganisation\": \"mekong-youth\"}");
		assertThat(draft.status()).as(draft.body()).isEqualTo(201);
		assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(absent(draft.json(), "consent")).as("the old consent is never carried over").isTrue();
	}

	@Test
	void shouldRefuseWhatIsNotAReRouting() {
		String open = sentReferral();
		assertProblem(referElsewhere(SOPHEA, open, toMekongYouth(FRESH_CONSENT)), 409, "not-reroutable");

		String old = declined();
		Response same = referElsewhere(SOPHEA, old, toMekongYouth(FRESH_CONSENT).replace("mekong-youth", "tdh-nl"));
		assertProblem(same, 400, "validation");
		assertThat(same.json().get("errors").findValuesAsString("field")).containsExactly("receiverOrganisation");
		assertProblem(referElsewhere(DARA, old, toMekongYouth(FRESH_CONSENT)), 403, "wrong-side");
		assertProblem(referElsewhere(RITHY, old, toMekongYouth(FRESH_CONSENT)), 404, "not-found");

		assertThat(referElsewhere(SOPHEA, old, toMekongYouth(FRESH_CONSENT)).status()).isEqualTo(201);
		assertProblem(referElsewhere(SOPHEA, old, toMekongYouth(FRESH_CONSENT)), 409, "already-rerouted");
	}

	private static boolean absent(JsonNode node, String field) {
		return node.path(field).isMissingNode() || node.path(field).isNull();
	}

	private static List<String> types(JsonNode referral) {
		return referral.get("timeline").findValuesAsString("type");
	}

	private int referrals() {
		return jdbc.queryForObject("select count(*) from referral", Integer.class);
	}

}
