package org.partnernetwork.referral.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.RITHY;
import static org.partnernetwork.testsupport.DemoUser.SOKHA;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A referral recorded off the platform: to a directory organisation (checked as any
 * receiver) or to one known by name and type only. Nobody but its sender sees it; nothing
 * expires; the sender records the receiver's answer and the outcome by hand, and the
 * timeline says so.
 */
class OffPlatformIntegrationTest extends ReferralIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferralExpiry expiry;

	/** To tdh-nl, a directory organisation, recorded off the platform. */
	private static String toDirectoryOrganisation() {
		return referralBody("\"offPlatform\": true");
	}

	/** To an organisation not in the directory, by name and type. */
	private static String toNamedOrganisation(String consentNames) {
		return referralBody("\"offPlatform\": true, \"receiverName\": \"Kandal Provincial Hospital\", "
				+ "\"receiverType\": \"HEALTH_FACILITY\"")
			.replace("\"receiverOrganisation\": \"tdh-nl\", ", "")
			.replace("\"recordedAt\": \"2026-11-20T09:00:00Z\"",
					"\"recordedAt\": \"2026-11-20T09:00:00Z\"" + consentNames);
	}

	private String recorded(String body) {
		Response created = create(SOPHEA, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	@Test
	void shouldRecordAReferralToADirectoryOrganisationCheckedAsAnyReceiver() {
		Response created = create(SOPHEA, toDirectoryOrganisation());

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode referral = created.json();
		assertThat(referral.get("status").asString()).isEqualTo("REQUESTED");
		assertThat(referral.get("parties").get("offPlatform").asBoolean()).isTrue();
		assertThat(referral.get("parties").get("receiver").asString()).isEqualTo("tdh-nl");
		assertThat(referral.get("dates").get("answerDueAt").isNull()).isTrue();
		assertThat(referral.get("consent").get("receiverOrganisation").asString()).isEqualTo("tdh-nl");
		assertThat(referral.get("actions").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("accept",
				"decline", "cancel", "withdraw-consent");
		directory.verify(getRequestedFor(urlPathEqualTo("/api/organisations/tdh-nl")));
	}

	@Test
	void shouldRefuseADirectoryOrganisationThatIsSuspendedOrDoesNotOfferTheService() {
		int before = referrals();
		stubOrganisation("tdh-nl", "suspended", "");
		assertProblem(create(SOPHEA, toDirectoryOrganisation()), 422, "receiver-unavailable");
		stubOrganisation("tdh-nl", "active", "{\"serviceType\": \"shelter\"}");
		assertProblem(create(SOPHEA, toDirectoryOrganisation()), 422, "service-not-offered");
		assertThat(referrals()).isEqualTo(before);
	}

	@Test
	void shouldRecordAReferralToAnOrganisationNotInTheDirectoryByNameAndType() {
		Response created = create(SOPHEA, toNamedOrganisation(""));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode parties = created.json().get("parties");
		assertThat(parties.get("offPlatform").asBoolean()).isTrue();
		assertThat(parties.get("receiver").isNull()).isTrue();
		assertThat(parties.get("receiverName").asString()).isEqualTo("Kandal Provincial Hospital");
		assertThat(parties.get("receiverType").asString()).isEqualTo("HEALTH_FACILITY");
		assertThat(created.json().get("consent").get("receiverOrganisation").asString())
			.isEqualTo("Kandal Provincial Hospital");
		assertThat(directory.getAllServeEvents()).isEmpty();
	}

	@Test
	void shouldShowItToNobodyButTheSender() {
		String id = recorded(toDirectoryOrganisation());

		assertThat(read(SOPHEA, id).status()).isEqualTo(200);
		assertThat(read(SOKHA, id).status()).isEqualTo(200);
		assertProblem(read(DARA, id), 404, "not-found");
		assertProblem(read(RITHY, id), 404, "not-found");
		assertProblem(act(DARA, id, "accept", ""), 404, "not-found");
		assertThat(box(DARA, "incoming")).doesNotContain(id);
		assertThat(box(SOPHEA, "outgoing")).contains(id);
		assertThat(box(SOPHEA, "incoming")).doesNotContain(id);
	}

	@Test
	void shouldNeverExpireItForTheSenderRecordsTheAnswer() {
		String id = recorded(toNamedOrganisation(""));

		expiry.expireDueAt(Instant.now().plus(30, ChronoUnit.DAYS));

		assertThat(read(SOPHEA, id).json().get("status").asString()).isEqualTo("REQUESTED");
	}

	@Test
	void shouldLetTheSenderRecordTheAnswerAndTheOutcomeByHandOnTheTimeline() {
		String id = recorded(toNamedOrganisation(""));

		Response accepted = act(SOPHEA, id, "accept", "{\"note\": \"Agreed by telephone with the duty nurse.\"}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.json().get("actions").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("complete", "fail", "cancel", "withdraw-consent");
		assertProblem(act(SOPHEA, id, "start", ""), 403, "wrong-side");

		Response completed = act(SOPHEA, id, "complete", "{\"code\": \"SERVICE_PROVIDED\"}");
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		JsonNode referral = completed.json();
		assertThat(referral.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(referral.get("closureCode").asString()).isEqualTo("SERVICE_PROVIDED");
		List<String> byHand = referral.get("timeline")
			.valueStream()
			.filter(entry -> entry.get("recordedOffPlatform").asBoolean())
			.map(entry -> entry.get("type").asString() + " " + entry.get("by").asString())
			.toList();
		assertThat(byHand).containsExactly("ACCEPT sophea.aple", "COMPLETE sophea.aple");
		assertThat(referral.get("timeline").valueStream().filter(entry -> entry.get("type").asString().equals("SEND")))
			.allSatisfy(entry -> assertThat(entry.get("recordedOffPlatform").asBoolean()).isFalse());
	}

	@Test
	void shouldRecordADeclineOrAFailureWithTheExistingCodes() {
		String declined = recorded(toDirectoryOrganisation());
		assertProblem(act(SOPHEA, declined, "decline", "{\"code\": \"TOO_BUSY\"}"), 400, "validation");
		assertThat(act(SOPHEA, declined, "decline", "{\"code\": \"NO_CAPACITY\"}").json().get("status").asString())
			.isEqualTo("DECLINED");

		String failed = recorded(toDirectoryOrganisation());
		assertProblem(act(SOPHEA, failed, "complete", "{\"code\": \"SERVICE_PROVIDED\"}"), 409, "invalid-transition");
		act(SOPHEA, failed, "accept", "");
		JsonNode referral = act(SOPHEA, failed, "fail", "{\"code\": \"CHILD_UNREACHABLE\"}").json();
		assertThat(referral.get("status").asString()).isEqualTo("FAILED");
		assertThat(referral.get("closureCode").asString()).isEqualTo("CHILD_UNREACHABLE");
	}

	@Test
	void shouldStillLeaveTheReceiversStepsToTheReceiverOnThePlatform() {
		String id = sentReferral();

		assertProblem(act(SOPHEA, id, "accept", ""), 403, "wrong-side");
	}

	@Test
	void shouldNeedConsentThatCoversTheNamedOrganisationAndTheService() {
		int before = referrals();
		assertProblem(create(SOPHEA, toNamedOrganisation(", \"receiverOrganisation\": \"tdh-nl\"")), 422,
				"consent-other-scope");
		assertProblem(create(SOPHEA, toNamedOrganisation(", \"serviceType\": \"shelter\"")), 422,
				"consent-other-scope");
		assertProblem(create(SOPHEA, toNamedOrganisation("").replaceAll(",\\s*\"consent\": \\{[^}]*}", "")), 422,
				"consent-missing");
		assertThat(referrals()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a name on the platform | true  | "receiverName": "Kandal Provincial Hospital"                              | receiverName
					a type on the platform | true  | "receiverType": "POLICE"                                                  | receiverType
					a slug and a name      | true  | "offPlatform": true, "receiverName": "Kandal Provincial Hospital"         | receiverName
					no type for a name     | false | "offPlatform": true, "receiverName": "Hospital"                           | receiverType
					no name and no slug    | false | "offPlatform": true                                                       | receiverName
					a one-letter name      | false | "offPlatform": true, "receiverName": "H", "receiverType": "POLICE"        | receiverName
					an unknown type        | false | "offPlatform": true, "receiverName": "Hospital", "receiverType": "HOSPITAL" | receiverType
					a draft                | true  | "offPlatform": true, "send": false                                        | send
					a transfer             | true  | "offPlatform": true, "kind": "TRANSFER"                                   | kind
					no slug on the platform | false | "send": true                                                             | receiverOrganisation
					""")
	void shouldRefuseBadInputNamingTheField(String why, boolean slug, String fields, String field) {
		int before = referrals();
		String body = referralBody(fields).replace("\"kind\": \"SERVICE\",",
				fields.contains("kind") ? "" : "\"kind\": \"SERVICE\",");
		Response refused = create(SOPHEA, slug ? body : body.replace("\"receiverOrganisation\": \"tdh-nl\", ", ""));

		assertProblem(refused, 400,
				field.equals("receiverType") && fields.contains("HOSPITAL") ? "malformed-request" : "validation");
		assertThat(refused.json().get("errors").findValues("field").stream().map(JsonNode::asString)).as(refused.body())
			.contains(field);
		assertThat(referrals()).isEqualTo(before);
	}

	@Test
	void shouldRefuseANameTooLongOrWithPersonalDetails() {
		int before = referrals();
		String tooLong = toNamedOrganisation("").replace("Kandal Provincial Hospital", "H".repeat(121));
		assertProblem(create(SOPHEA, tooLong), 400, "validation");
		String phone = toNamedOrganisation("").replace("Kandal Provincial Hospital", "Call 012 345 678");
		Response refused = create(SOPHEA, phone);
		assertProblem(refused, 400, "validation");
		assertThat(refused.body()).contains("receiverName").contains("personal-details").doesNotContain("345");
		assertThat(referrals()).isEqualTo(before);
	}

	@Test
	void shouldAuditTheRecordingAndEveryStepRecordedByHand() {
		String id = recorded(toDirectoryOrganisation());
		act(SOPHEA, id, "accept", "");
		read(DARA, id);

		var lines = api().get("/api/referrals/" + id + "/audit", token(SOKHA))
			.json()
			.valueStream()
			.map(line -> line.get("user").asString() + " " + line.get("action").asString() + " "
					+ line.get("outcome").asString())
			.toList();
		assertThat(lines).containsSubsequence("sophea.aple create ALLOWED", "sophea.aple send ALLOWED",
				"sophea.aple accept ALLOWED", "dara.tdh read DENIED");
	}

	@Test
	void shouldSealTheCaseReferenceAndSummaryLikeAnyReferral() {
		String id = recorded(toNamedOrganisation(""));

		String stored = jdbc.queryForObject("select concat(case_reference, summary) from referral where id = ?",
				String.class, id);
		assertThat(stored).doesNotContain("APLE-2026-0412").doesNotContain("counselling");
	}

	/** Every referral in the box, page after page (other tests fill it too). */
	private List<String> box(DemoUser user, String box) {
		List<String> ids = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			List<String> lines = api().get("/api/referrals?box=" + box + "&size=100&page=" + page, token(user))
				.json()
				.get("items")
				.valueStream()
				.map(line -> line.get("id").asString())
				.toList();
			ids.addAll(lines);
			if (lines.size() < 100) {
				return ids;
			}
		}
	}

	/** How many referrals are stored (other tests' stay). */
	private int referrals() {
		return jdbc.queryForObject("select count(*) from referral", Integer.class);
	}

}
