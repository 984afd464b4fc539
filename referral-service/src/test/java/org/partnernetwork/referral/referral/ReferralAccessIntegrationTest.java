package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * Who sees and acts on a referral from aple (sophea.aple) to tdh-nl (dara.tdh): the two
 * organisations; everyone else gets 404, in lists too, and roles that may not act get
 * 403.
 */
class ReferralAccessIntegrationTest extends ReferralIntegrationTest {

	private String id;

	@BeforeEach
	void aReferralFromApleToTdh() {
		id = sentReferral();
	}

	@ParameterizedTest(name = "{0} reading the referral gets {1}")
	@CsvSource({ "SOPHEA, 200", "SOKHA, 200", "DARA, 200", "RITHY, 404", "ADMIN_NETWORK, 404", "VANNA, 404" })
	void shouldShowAReferralOnlyToItsTwoOrganisations(DemoUser user, int status) {
		Response response = read(user, id);
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		if (status == 404) {
			assertProblem(response, 404, "not-found");
			assertThat(response.body()).doesNotContain("tdh-nl", "psychosocial");
		}
	}

	@ParameterizedTest(name = "{0} taking {1} gets {2}")
	@CsvSource({ "RITHY, accept, 404", "RITHY, cancel, 404", "RITHY, notes, 404", "ADMIN_NETWORK, accept, 403",
			"VANNA, accept, 403", "VANNA, notes, 403", "SOPHEA, accept, 403" })
	void shouldRefuseActionsToOthersAndToRolesThatMayNotAct(DemoUser user, String action, int status) {
		String body = action.equals("notes") ? "{\"text\": \"hello\"}"
				: action.equals("cancel") ? "{\"code\": \"OTHER\"}" : "";
		assertThat(act(user, id, action, body).status()).isEqualTo(status);
		assertThat(read(DemoUser.DARA, id).json().get("status").asString()).isEqualTo("REQUESTED");
	}

	@ParameterizedTest(name = "{0} cannot create referrals")
	@EnumSource(value = DemoUser.class, names = { "VANNA", "ADMIN_NETWORK" })
	void shouldLetOnlyCoordinatorsAndSupervisorsCreate(DemoUser user) {
		assertProblem(create(user, referralBody("")), 403, "forbidden");
	}

	@ParameterizedTest(name = "{0}'s boxes do not list it")
	@EnumSource(value = DemoUser.class, names = { "RITHY", "VANNA" })
	void shouldLeaveOtherOrganisationsBoxesWithoutIt(DemoUser user) {
		for (String box : new String[] { "incoming", "outgoing" }) {
			Response list = api().get("/api/referrals?box=" + box + "&size=100", token(user));
			assertThat(list.status()).isEqualTo(200);
			assertThat(list.json().get("items").findValuesAsString("id")).doesNotContain(id);
		}
	}

	@Test
	void shouldKeepADraftWithinItsOwnOrganisationUntilItIsSent() {
		String draft = create(DemoUser.SOPHEA, referralBody("").replaceAll(",\\s*\"consent\": \\{[^}]*}", "")).json()
			.get("id")
			.asString();

		assertThat(read(DemoUser.SOPHEA, draft).json().get("status").asString()).isEqualTo("DRAFT");
		assertProblem(read(DemoUser.DARA, draft), 404, "not-found");
		assertProblem(act(DemoUser.DARA, draft, "accept", ""), 404, "not-found");
		assertThat(api().get("/api/referrals?box=incoming&size=100", token(DemoUser.DARA))
			.json()
			.get("items")
			.findValuesAsString("id")).doesNotContain(draft);
		var drafts = api().get("/api/referrals?box=outgoing&status=DRAFT&size=100", token(DemoUser.SOPHEA))
			.json()
			.get("items");
		assertThat(drafts.findValuesAsString("id")).contains(draft);
		assertThat(drafts.findValuesAsString("status")).containsOnly("DRAFT");

		assertThat(
				act(DemoUser.SOPHEA, draft, "cancel", "{\"code\": \"SENT_IN_ERROR\"}").json().get("status").asString())
			.as("a draft discarded")
			.isEqualTo("CANCELLED");
		assertProblem(read(DemoUser.DARA, draft), 404, "not-found");
		assertThat(api().get("/api/referrals?box=incoming&status=CANCELLED&size=100", token(DemoUser.DARA))
			.json()
			.get("items")
			.findValuesAsString("id")).as("a discarded draft was never sent").doesNotContain(draft);
	}

	@Test
	void shouldShowNothingToAMemberWhoHasNoRoleYet() {
		String noRole = issuer.token().username("new.member").organisations("tdh-nl").roles().build();

		assertProblem(api().get("/api/referrals?box=incoming", noRole), 403, "forbidden");
		assertProblem(api().get("/api/referrals/" + id, noRole), 403, "forbidden");
	}

	@Test
	void shouldAskTheNetworkAdminForAnOrganisationBeforeListing() {
		assertProblem(api().get("/api/referrals?box=incoming", token(DemoUser.ADMIN_NETWORK)), 403,
				"organisation-required");
	}

	@Test
	void shouldListItInBothOrganisationsBoxes() {
		assertThat(api().get("/api/referrals?box=outgoing&size=100", token(DemoUser.SOPHEA))
			.json()
			.get("items")
			.findValuesAsString("id")).contains(id);
		assertThat(api().get("/api/referrals?box=incoming&size=100", token(DemoUser.DARA))
			.json()
			.get("items")
			.findValuesAsString("id")).contains(id);
	}

	@Test
	void shouldShowTheAuditTrailToTheTwoOrganisationsSupervisorsOnly() {
		String tdhSupervisor = issuer.token()
			.username("supervisor.tdh")
			.organisations("tdh-nl")
			.roles("supervisor")
			.build();
		String mycSupervisor = issuer.token()
			.username("supervisor.myc")
			.organisations("mekong-youth")
			.roles("supervisor")
			.build();
		String path = "/api/referrals/" + id + "/audit";

		assertThat(api().get(path, token(DemoUser.SOKHA)).status()).isEqualTo(200);
		assertThat(api().get(path, tdhSupervisor).status()).isEqualTo(200);
		assertProblem(api().get(path, mycSupervisor), 404, "not-found");
		assertProblem(api().get(path, token(DemoUser.SOPHEA)), 403, "forbidden");
		assertProblem(api().get(path, token(DemoUser.DARA)), 403, "forbidden");
	}

	@Test
	void shouldAuditReadsChangesAndDenials() {
		read(DemoUser.DARA, id);
		read(DemoUser.RITHY, id);
		act(DemoUser.VANNA, id, "accept", "");
		act(DemoUser.DARA, id, "accept", "");

		Response trail = api().get("/api/referrals/" + id + "/audit", token(DemoUser.SOKHA));
		assertThat(trail.header("Cache-Control")).contains("no-store");
		var lines = trail.json()
			.valueStream()
			.map(line -> line.get("user").asString() + " " + line.get("action").asString() + " "
					+ line.get("outcome").asString())
			.toList();
		assertThat(lines).containsSubsequence("sophea.aple create ALLOWED", "sophea.aple send ALLOWED",
				"dara.tdh read ALLOWED", "rithy.myc read DENIED", "vanna.kvtc accept DENIED",
				"dara.tdh accept ALLOWED");
	}

}
