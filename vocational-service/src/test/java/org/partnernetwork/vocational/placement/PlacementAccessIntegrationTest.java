package org.partnernetwork.vocational.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who sees and acts on a seat that tdh-nl (dara.tdh) asked of kandal-vtc (vanna.kvtc):
 * those two organisations; everyone else gets 404, in lists too, and roles that may not
 * act get 403. Every read, change and refusal is on the audit trail.
 */
class PlacementAccessIntegrationTest extends VocationalIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	private String id;

	@BeforeEach
	void aSeatAskedOfKandalVtcByTdh() {
		id = requestedPlacement(postOpening(token(DemoUser.VANNA), openingBody(1, "")));
	}

	@ParameterizedTest(name = "{0} reading the placement gets {1}")
	@CsvSource({ "VANNA, 200", "DARA, 200", "SOPHEA, 404", "SOKHA, 404", "RITHY, 404", "ADMIN_NETWORK, 404" })
	void shouldShowAPlacementOnlyToTheCentreAndTheRequester(DemoUser user, int status) {
		Response response = read(user, id);
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Cache-Control")).contains("no-store");
		if (status == 404) {
			assertProblem(response, 404, "not-found");
			assertThat(response.body()).doesNotContain("kandal-vtc", "tdh-nl", "TDH-2026");
		}
	}

	@Test
	void shouldHideItFromStaffOfAnotherCentre() {
		String otherCentre = otherCentreStaff("battambang-vtc");
		assertProblem(api().get("/api/placements/" + id, otherCentre), 404, "not-found");
		assertProblem(api().post("/api/placements/" + id + "/offer", otherCentre, holdUntil(TODAY)), 404, "not-found");
	}

	@ParameterizedTest(name = "{0} taking {1} gets {2}")
	@CsvSource({ "SOPHEA, withdraw, 404", "RITHY, withdraw, 404", "DARA, offer, 403", "DARA, enrol, 403",
			"VANNA, withdraw, 403", "ADMIN_NETWORK, offer, 403", "ADMIN_NETWORK, withdraw, 403" })
	void shouldRefuseActionsToOthersAndToRolesThatMayNotTakeThem(DemoUser user, String action, int status) {
		String body = action.equals("offer") ? holdUntil(TODAY) : "";
		assertThat(act(user, id, action, body).status()).isEqualTo(status);
		assertThat(read(DemoUser.DARA, id).json().get("status").asString()).isEqualTo("REQUESTED");
	}

	@ParameterizedTest(name = "{0} cannot ask for seats")
	@EnumSource(value = DemoUser.class, names = { "VANNA", "ADMIN_NETWORK" })
	void shouldLetOnlyCoordinatorsAndSupervisorsAskForSeats(DemoUser user) {
		String opening = read(DemoUser.DARA, id).json().get("opening").get("id").asString();
		assertProblem(requestSeat(user, seatBody(opening, 17, "male", "")), 403, "forbidden");
	}

	@Test
	void shouldShowNoSeatRequestToAMemberWhoHasNoRoleYet() {
		String noRole = issuer.token().username("new.member").organisations("tdh-nl").roles().build();

		assertProblem(api().get("/api/placements?box=outgoing", noRole), 403, "forbidden");
		assertProblem(api().get("/api/placements/" + id, noRole), 403, "forbidden");
	}

	@Test
	void shouldListItInTheCentresIncomingAndTheRequestersOutgoingBoxOnly() {
		assertThat(box(DemoUser.VANNA, "incoming")).contains(id);
		assertThat(box(DemoUser.DARA, "outgoing")).contains(id);
		assertThat(box(DemoUser.DARA, "incoming")).doesNotContain(id);
		for (DemoUser outsider : List.of(DemoUser.SOPHEA, DemoUser.RITHY)) {
			assertThat(box(outsider, "incoming")).doesNotContain(id);
			assertThat(box(outsider, "outgoing")).doesNotContain(id);
		}
		assertProblem(api().get("/api/placements?box=incoming", token(DemoUser.ADMIN_NETWORK)), 403,
				"organisation-required");
		assertProblem(api().get("/api/placements?box=sideways", token(DemoUser.DARA)), 400, "validation");
		Response list = api().get("/api/placements?box=outgoing&size=100", token(DemoUser.DARA));
		assertThat(list.body()).as("lists carry no free text").doesNotContain("TDH-2026-0031", "engines");
	}

	@Test
	void shouldAuditReadsChangesAndDenials() {
		read(DemoUser.VANNA, id);
		read(DemoUser.RITHY, id);
		act(DemoUser.DARA, id, "offer", holdUntil(TODAY));
		act(DemoUser.VANNA, id, "offer", holdUntil(TODAY.plusDays(1)));
		act(DemoUser.VANNA, id, "enrol", "{\"code\": \"EMPLOYED\"}");

		List<String> trail = jdbc.queryForList("""
				select concat(actor_username, ' ', action, ' ', outcome) from audit_event
				where resource_type = 'placement' and resource_id = ? order by id""", String.class, id);
		assertThat(trail).containsSubsequence("dara.tdh create ALLOWED", "vanna.kvtc read ALLOWED",
				"rithy.myc read DENIED", "dara.tdh offer DENIED", "vanna.kvtc offer ALLOWED",
				"vanna.kvtc enrol REFUSED");
	}

	private List<String> box(DemoUser user, String box) {
		Response list = api().get("/api/placements?box=" + box + "&size=100", token(user));
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json().get("items").findValuesAsString("id");
	}

}
