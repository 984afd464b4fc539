package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.RITHY;
import static org.partnernetwork.testsupport.DemoUser.SOKHA;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
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
 * The lead of a case: a {@code TRANSFER} offered and accepted, and a transfer request —
 * the receiving organisation's supervisor asks, the lead organisation accepts or refuses.
 * Here tdh-nl (dara.tdh) refers a child to aple for legal aid; aple's supervisor
 * (sokha.aple) asks for the lead.
 */
class LeadRequestIntegrationTest extends ReferralIntegrationTest {

	private static final String ASK = "{\"code\": \"CHILD_MOVED_TO_OUR_AREA\", \"note\": \"Closer to our office now.\"}";

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void apleGivesLegalAid() {
		stubOrganisation("aple", "active", """
				{"serviceType": "legal-aid", "eligibility": {"minAge": 0, "maxAge": 17, "sex": "any"}}""");
	}

	/** A service referral from tdh-nl to aple, accepted by aple. */
	private String acceptedByAple(String kind) {
		Response created = create(DARA,
				referralBody("\"send\": true").replace("\"tdh-nl\"", "\"aple\"")
					.replace("psychosocial-counselling", "legal-aid")
					.replace("\"SERVICE\"", "\"" + kind + "\""));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		Response accepted = act(SOPHEA, id, "accept", "");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		return id;
	}

	private Response lead(DemoUser user, String id, String step, String body) {
		return api().post("/api/referrals/" + id + "/lead-request" + step, token(user), body);
	}

	@Test
	void shouldHandTheLeadToTheReceiverWhenTheLeadOrganisationAcceptsItsRequest() {
		String id = acceptedByAple("SERVICE");
		assertThat(actions(read(SOKHA, id).json())).contains("lead-request");
		assertThat(actions(read(SOPHEA, id).json())).as("a coordinator does not ask").doesNotContain("lead-request");

		Response asked = lead(SOKHA, id, "", ASK);
		assertThat(asked.status()).as(asked.body()).isEqualTo(200);
		JsonNode request = asked.json().get("leadRequest");
		assertThat(request.get("organisation").asString()).isEqualTo("aple");
		assertThat(request.get("by").asString()).isEqualTo("sokha.aple");
		assertThat(request.get("reason").asString()).isEqualTo("CHILD_MOVED_TO_OUR_AREA");
		JsonNode asLead = read(DARA, id).json();
		assertThat(asLead.get("leadRequest").get("reason").asString()).isEqualTo("CHILD_MOVED_TO_OUR_AREA");
		assertThat(actions(asLead)).contains("lead-request/accept", "lead-request/refuse");
		assertThat(notes(read(DARA, id))).contains("Closer to our office now.");

		Response accepted = lead(DARA, id, "/accept", "");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		for (DemoUser side : List.of(DARA, SOKHA)) {
			JsonNode referral = read(side, id).json();
			assertThat(referral.get("parties").get("lead").asString()).isEqualTo("aple");
			assertThat(referral.path("leadRequest").isNull() || referral.path("leadRequest").isMissingNode()).isTrue();
			assertThat(types(referral)).containsSubsequence("LEAD_REQUESTED", "LEAD_REQUEST_ACCEPTED",
					"LEAD_TRANSFERRED");
			assertThat(transferredTo(referral)).isEqualTo("aple");
		}
		assertThat(read(SOPHEA, id).json().get("status").asString()).as("the service goes on").isEqualTo("ACCEPTED");
	}

	@Test
	void shouldLeaveTheFormerLeadOnlyStatusAndClosureOnceItAccepted() {
		String id = acceptedByAple("SERVICE");
		lead(SOKHA, id, "", ASK);
		lead(DARA, id, "/accept", "");

		assertThat(actions(read(DARA, id).json())).isEmpty();
		assertProblem(act(DARA, id, "cancel", "{\"code\": \"NO_LONGER_NEEDED\"}"), 409, "lead-handed-over");
		assertProblem(api().post("/api/referrals/" + id + "/notes", token(DARA), "{\"text\": \"x\"}"), 409,
				"lead-handed-over");
		assertProblem(lead(DARA, id, "/accept", ""), 409, "lead-handed-over");
		assertProblem(lead(SOKHA, id, "", ASK), 409, "already-lead");

		api().post("/api/referrals/" + id + "/notes", token(SOPHEA), "{\"text\": \"Hearing date set.\"}");
		assertThat(notes(read(DARA, id))).doesNotContain("Hearing date set.");
		assertThat(act(SOPHEA, id, "start", "").status()).isEqualTo(200);
		assertThat(act(SOPHEA, id, "complete", "{\"code\": \"GOALS_MET\"}").status()).isEqualTo(200);
		JsonNode closed = read(DARA, id).json();
		assertThat(closed.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(closed.get("closureCode").asString()).isEqualTo("GOALS_MET");
	}

	@Test
	void shouldKeepTheLeadWhenRefusedAndLetTheSupervisorAskAgain() {
		String id = acceptedByAple("SERVICE");
		lead(SOKHA, id, "", ASK);

		assertProblem(lead(DARA, id, "/refuse", "{}"), 400, "validation");
		assertProblem(lead(DARA, id, "/refuse", "{\"code\": \"NO_CAPACITY\"}"), 400, "validation");
		assertThat(read(DARA, id).json().get("leadRequest").isObject()).as("bad input changes nothing").isTrue();
		Response refused = lead(DARA, id, "/refuse", "{\"code\": \"DISCUSS_FIRST\"}");

		assertThat(refused.status()).as(refused.body()).isEqualTo(200);
		for (DemoUser side : List.of(DARA, SOKHA)) {
			JsonNode referral = read(side, id).json();
			assertThat(referral.get("parties").get("lead").asString()).isEqualTo("tdh-nl");
			assertThat(types(referral)).containsSubsequence("LEAD_REQUESTED", "LEAD_REQUEST_REFUSED")
				.doesNotContain("LEAD_TRANSFERRED");
			assertThat(referral.get("timeline").findValuesAsString("code")).contains("DISCUSS_FIRST");
		}
		assertThat(lead(SOKHA, id, "", ASK).status()).isEqualTo(200);
	}

	@Test
	void shouldKeepOneRequestOpenAtATime() {
		String id = acceptedByAple("SERVICE");
		assertProblem(lead(DARA, id, "/accept", ""), 409, "no-lead-request");
		assertProblem(lead(DARA, id, "/refuse", "{\"code\": \"OTHER\"}"), 409, "no-lead-request");

		assertThat(lead(SOKHA, id, "", ASK).status()).isEqualTo(200);
		assertProblem(lead(SOKHA, id, "", ASK), 409, "lead-request-open");
		assertThat(actions(read(SOKHA, id).json())).doesNotContain("lead-request");
		assertThat(lead(DARA, id, "/refuse", "{\"code\": \"OTHER\"}").status()).isEqualTo(200);
		assertProblem(lead(DARA, id, "/refuse", "{\"code\": \"OTHER\"}"), 409, "no-lead-request");
	}

	@Test
	void shouldLetOnlyTheReceiversSupervisorAskAndOnlyTheLeadOrganisationAnswer() {
		String id = acceptedByAple("SERVICE");
		String tdhSupervisor = issuer.token()
			.username("supervisor.tdh")
			.organisations("tdh-nl")
			.roles("supervisor")
			.build();

		assertProblem(lead(SOPHEA, id, "", ASK), 403, "lead-request-needs-supervisor");
		assertProblem(lead(DARA, id, "", ASK), 403, "wrong-side");
		assertProblem(api().post("/api/referrals/" + id + "/lead-request", tdhSupervisor, ASK), 403, "wrong-side");
		assertProblem(lead(RITHY, id, "", ASK), 404, "not-found");
		assertProblem(lead(VANNA, id, "", ASK), 403, "forbidden");
		assertProblem(lead(SOKHA, id, "", "{\"code\": \"BECAUSE\"}"), 400, "validation");
		assertProblem(lead(SOKHA, id, "", "{\"code\": \"OTHER\", \"note\": \"Call her on 012 345 678.\"}"), 400,
				"validation");
		assertThat(read(DARA, id).json().path("leadRequest").isObject()).as("bad input changes nothing").isFalse();

		lead(SOKHA, id, "", ASK);
		assertProblem(lead(SOKHA, id, "/accept", ""), 403, "wrong-side");
		assertProblem(lead(SOPHEA, id, "/refuse", "{\"code\": \"OTHER\"}"), 403, "wrong-side");
		assertProblem(lead(RITHY, id, "/accept", ""), 404, "not-found");
		assertProblem(lead(DARA, id, "/accept", "{\"code\": \"OTHER\"}"), 400, "validation");
		assertThat(api().post("/api/referrals/" + id + "/lead-request/accept", tdhSupervisor, "").status())
			.as("a supervisor of the lead organisation answers too")
			.isEqualTo(200);

		List<String> trail = jdbc.queryForList("""
				select concat(actor_username, ' ', action, ' ', outcome) from audit_event
				where resource_id = ? order by id""", String.class, id);
		assertThat(trail).containsSubsequence("sophea.aple lead-request DENIED", "dara.tdh lead-request DENIED",
				"rithy.myc lead-request DENIED", "sokha.aple lead-request ALLOWED",
				"sokha.aple lead-request/accept DENIED", "supervisor.tdh lead-request/accept ALLOWED");
	}

	@Test
	void shouldAskOnlyForTheLeadOfAServiceReferralAcceptedOrInProgress() {
		Response requested = create(DARA, referralBody("\"send\": true").replace("\"tdh-nl\"", "\"aple\"")
			.replace("psychosocial-counselling", "legal-aid"));
		String open = requested.json().get("id").asString();
		assertProblem(lead(SOKHA, open, "", ASK), 409, "invalid-transition");

		String started = acceptedByAple("SERVICE");
		act(SOPHEA, started, "start", "");
		assertThat(lead(SOKHA, started, "", ASK).status()).isEqualTo(200);
		act(SOPHEA, started, "complete", "{\"code\": \"GOALS_MET\"}");
		JsonNode completed = read(DARA, started).json();
		assertThat(completed.path("leadRequest").isObject()).as("closing drops the open request").isFalse();
		assertProblem(lead(DARA, started, "/accept", ""), 409, "invalid-transition");
	}

	@Test
	void shouldSayOnBothSidesWhoLeadsOnceATransferIsAccepted() {
		String id = acceptedByAple("TRANSFER");

		for (DemoUser side : List.of(DARA, SOPHEA)) {
			JsonNode referral = read(side, id).json();
			assertThat(referral.get("kind").asString()).isEqualTo("TRANSFER");
			assertThat(referral.get("parties").get("lead").asString()).isEqualTo("aple");
			assertThat(types(referral)).containsSubsequence("ACCEPT", "LEAD_TRANSFERRED");
			assertThat(transferredTo(referral)).isEqualTo("aple");
		}
		assertProblem(lead(SOKHA, id, "", ASK), 409, "already-lead");
	}

	private static List<String> actions(JsonNode referral) {
		return referral.get("actions").valueStream().map(JsonNode::asString).toList();
	}

	private static List<String> types(JsonNode referral) {
		return referral.get("timeline").findValuesAsString("type");
	}

	private static String transferredTo(JsonNode referral) {
		return referral.get("timeline")
			.valueStream()
			.filter(entry -> entry.get("type").asString().equals("LEAD_TRANSFERRED"))
			.findFirst()
			.orElseThrow()
			.get("organisation")
			.asString();
	}

}
