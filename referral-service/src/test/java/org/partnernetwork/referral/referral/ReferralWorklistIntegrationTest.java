package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What waits for an organisation: boxes filtered by status, kind and overdue, counted on
 * the worklist, and found by case reference (in a body, by a keyed hash, within the
 * caller's own boxes only).
 */
class ReferralWorklistIntegrationTest extends ReferralIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CaseReferenceIndex index;

	/**
	 * A sender and a receiver of their own, so that their boxes hold only this test's.
	 */
	private final String sender = "wl-sender-" + UUID.randomUUID().toString().substring(0, 8);

	private final String receiver = "wl-receiver-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void twoOrganisationsOfTheirOwn() {
		stubOrganisation(receiver, "active",
				"""
						{"serviceType": "psychosocial-counselling", "eligibility": {"minAge": 6, "maxAge": 17, "sex": "any"}}""");
	}

	private String coordinatorOf(String organisation) {
		return issuer.token()
			.username("coordinator." + organisation)
			.organisations(organisation)
			.roles("coordinator")
			.build();
	}

	private static String reference() {
		return "WL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private String sent(String caseReference, String kind) {
		Response created = api().post("/api/referrals", coordinatorOf(sender),
				referralBody("\"send\": true").replace("APLE-2026-0412", caseReference)
					.replace("\"tdh-nl\"", "\"" + receiver + "\"")
					.replace("\"kind\": \"SERVICE\"", "\"kind\": \"" + kind + "\""));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private void pastItsDeadline(String id) {
		jdbc.update("update referral set answer_due_at = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)), id);
	}

	private JsonNode worklist(String token) {
		Response worklist = api().get("/api/referrals/worklist", token);
		assertThat(worklist.status()).as(worklist.body()).isEqualTo(200);
		return worklist.json();
	}

	private List<String> ids(String token, String query) {
		Response list = api().get("/api/referrals?" + query + "&size=100", token);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json().get("items").findValuesAsString("id");
	}

	private Response search(String token, String box, String caseReference) {
		return api().post("/api/referrals/search", token,
				"{\"box\": \"%s\", \"caseReference\": \"%s\"}".formatted(box, caseReference));
	}

	private Response search(DemoUser user, String box, String caseReference) {
		return search(token(user), box, caseReference);
	}

	@Test
	void shouldFilterABoxByStatusKindAndOverdueWithTheOverdueFirst() {
		String service = sent(reference(), "SERVICE");
		String transfer = sent(reference(), "TRANSFER");
		String late = sent(reference(), "SERVICE");
		pastItsDeadline(late);
		String answering = coordinatorOf(receiver);

		assertThat(ids(answering, "box=incoming&status=REQUESTED")).containsExactlyInAnyOrder(late, service, transfer)
			.as("the overdue answer first")
			.startsWith(late);
		assertThat(ids(answering, "box=incoming&status=REQUESTED&kind=TRANSFER")).containsExactly(transfer);
		assertThat(ids(answering, "box=incoming&overdue=true")).containsExactly(late);
		assertThat(ids(coordinatorOf(sender), "box=outgoing&status=REQUESTED&overdue=true")).containsExactly(late);
		assertThat(ids(answering, "box=incoming&status=ACCEPTED")).isEmpty();
		assertThat(ids(answering, "box=outgoing")).isEmpty();
		assertThat(api().get("/api/referrals?box=incoming&kind=transfer", answering).status()).isEqualTo(400);
	}

	@Test
	void shouldCountWhatWaitsForEachOrganisationFromTheDatabase() {
		sent(reference(), "TRANSFER");
		String asked = sent(reference(), "SERVICE");
		String late = sent(reference(), "SERVICE");
		sent(reference(), "SERVICE");
		pastItsDeadline(late);
		Response requested = api().post("/api/referrals/" + asked + "/request-info", coordinatorOf(receiver),
				"{\"note\": \"Which school does he attend?\"}");
		assertThat(requested.status()).as(requested.body()).isEqualTo(200);

		JsonNode receiving = worklist(coordinatorOf(receiver));
		assertThat(receiving.get("toAnswer").asLong()).isEqualTo(3);
		assertThat(receiving.get("overdueToAnswer").asLong()).isEqualTo(1);
		assertThat(receiving.get("transfersOffered").asLong()).isEqualTo(1);
		assertThat(receiving.get("infoRequested").asLong()).isZero();
		JsonNode sending = worklist(coordinatorOf(sender));
		assertThat(sending.get("toAnswer").asLong()).isZero();
		assertThat(sending.get("infoRequested").asLong()).isEqualTo(1);
		assertThat(sending.get("overdueSent").asLong()).isEqualTo(1);
		assertProblem(api().get("/api/referrals/worklist", token(DemoUser.ADMIN_NETWORK)), 403,
				"organisation-required");
	}

	@Test
	void shouldFindAReferralByItsCaseReferenceOnlyInTheCallersOwnBoxes() {
		String caseReference = reference();
		String id = sent(caseReference, "SERVICE");
		sent(reference(), "SERVICE");

		Response mine = search(coordinatorOf(sender), "outgoing", caseReference.toLowerCase());
		assertThat(mine.status()).as(mine.body()).isEqualTo(200);
		assertThat(mine.json().get("items").findValuesAsString("id")).containsExactly(id);
		assertThat(mine.json().get("items").get(0).get("caseReference").asString()).isEqualTo(caseReference);
		assertThat(
				search(coordinatorOf(receiver), "incoming", caseReference).json().get("items").findValuesAsString("id"))
			.containsExactly(id);
		assertThat(search(coordinatorOf(receiver), "outgoing", caseReference).json().get("items").size()).isZero();
		for (String box : List.of("incoming", "outgoing")) {
			assertThat(search(DemoUser.DARA, box, caseReference).json().get("items").size()).as("another NGO").isZero();
			assertThat(search(VANNA, box, caseReference).json().get("items").size()).as("a centre").isZero();
		}
	}

	@Test
	void shouldRefuseASearchWithoutAValidReferenceAndNotEchoIt() {
		Response spaces = search(SOPHEA, "outgoing", "Sokha Chan");
		assertProblem(spaces, 400, "validation");
		assertThat(spaces.json().get("errors").findValuesAsString("field")).contains("caseReference");
		assertThat(spaces.body()).doesNotContain("Sokha Chan");
		assertProblem(search(SOPHEA, "sideways", "APLE-1"), 400, "validation");
		assertProblem(api().post("/api/referrals/search",
				issuer.token().username("new.member").organisations("tdh-nl").roles().build(),
				"{\"box\": \"incoming\", \"caseReference\": \"APLE-1\"}"), 403, "forbidden");
	}

	@ParameterizedTest(name = "{0} may search its boxes")
	@EnumSource(value = DemoUser.class, names = { "SOPHEA", "SOKHA", "DARA", "VANNA" })
	void shouldLetEveryoneWhoReadsABoxSearchIt(DemoUser user) {
		assertThat(search(user, "incoming", "APLE-2026-0412").status()).isEqualTo(200);
	}

	@Test
	void shouldKeepOnlyAKeyedHashOfTheCaseReferenceNeverTheText() {
		String caseReference = reference();
		String id = sent(caseReference, "SERVICE");

		var row = jdbc.queryForMap("select case_reference, case_reference_lookup from referral where id = ?", id);
		assertThat(row.get("case_reference_lookup")).isNotNull()
			.asString()
			.isNotEqualTo(caseReference)
			.doesNotContain(caseReference, caseReference.substring(3));
		assertThat(row.get("case_reference")).asString().doesNotContain(caseReference);
		assertThat(sent(caseReference, "SERVICE")).as("a second referral for the same child")
			.satisfies(
					second -> assertThat(jdbc.queryForObject("select case_reference_lookup from referral where id = ?",
							String.class, second))
						.isEqualTo(row.get("case_reference_lookup")));
	}

	@Test
	void shouldIndexReferralsMadeBeforeTheHashWasKeptWithoutChangingThem() throws Exception {
		String caseReference = reference();
		String id = sent(caseReference, "SERVICE");
		jdbc.update("update referral set case_reference_lookup = null where id = ?", id);
		String sending = coordinatorOf(sender);
		long version = api().get("/api/referrals/" + id, sending).json().get("version").asLong();
		assertThat(search(sending, "outgoing", caseReference).json().get("items").size()).isZero();

		index.run(null);

		assertThat(search(sending, "outgoing", caseReference).json().get("items").findValuesAsString("id"))
			.containsExactly(id);
		assertThat(api().get("/api/referrals/" + id, sending).json().get("version").asLong()).isEqualTo(version);
	}

	@Test
	void shouldShowTheCaseReferenceOnEachLineButNotOnAReceiversStub() {
		String caseReference = reference();
		String id = sent(caseReference, "SERVICE");
		String answering = coordinatorOf(receiver);
		Response incoming = search(answering, "incoming", caseReference);
		assertThat(incoming.json().get("items").get(0).get("caseReference").asString()).isEqualTo(caseReference);

		assertThat(api().post("/api/referrals/" + id + "/decline", answering, "{\"code\": \"NO_CAPACITY\"}").status())
			.isEqualTo(200);

		var stub = search(answering, "incoming", caseReference).json().get("items").get(0);
		assertThat(stub.get("stub").asBoolean()).isTrue();
		assertThat(stub.get("caseReference").isNull()).isTrue();
		assertThat(search(coordinatorOf(sender), "outgoing", caseReference).json()
			.get("items")
			.get(0)
			.get("caseReference")
			.asString()).isEqualTo(caseReference);
	}

}
