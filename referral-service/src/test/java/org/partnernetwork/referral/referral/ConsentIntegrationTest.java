package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.SOKHA;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No send without consent, the child's assent, or a supervisor's written override;
 * withdrawal cancels.
 */
class ConsentIntegrationTest extends ReferralIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	private static String withoutConsent(String extra) {
		String body = referralBody("").replaceAll(",\\s*\"consent\": \\{[^}]*}", "");
		return extra.isEmpty() ? body : body.substring(0, body.lastIndexOf('}')) + ", " + extra + "}";
	}

	@Test
	void shouldNotSendWithoutConsentAndSaveNothing() {
		int before = referrals();
		assertProblem(create(SOPHEA, withoutConsent("\"send\": true")), 422, "consent-missing");
		assertThat(referrals()).isEqualTo(before);

		String draft = create(SOPHEA, withoutConsent("")).json().get("id").asString();
		assertProblem(act(SOPHEA, draft, "send", ""), 422, "consent-missing");
		assertThat(read(SOPHEA, draft).json().get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void shouldNeedTheChildsAssentWhenACaregiverConsents() {
		String noAssent = referralBody("\"send\": true").replace("\"childAssented\": true", "\"childAssented\": false");
		var refused = create(SOPHEA, noAssent);
		assertProblem(refused, 422, "consent-no-assent");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("consent.childAssented");

		String unrecorded = referralBody("").replace("\"childAssented\": true, ", "");
		assertProblem(create(SOPHEA, unrecorded), 400, "validation");
	}

	@Test
	void shouldRefuseExpiredOrFutureConsent() {
		String expired = referralBody("\"send\": true").replace("\"recordedAt\": \"2026-11-20T09:00:00Z\"",
				"\"recordedAt\": \"2025-01-01T09:00:00Z\", \"expiresAt\": \"2025-06-01T00:00:00Z\"");
		assertProblem(create(SOPHEA, expired), 422, "consent-expired");
		String future = referralBody("").replace("2026-11-20T09:00:00Z", "2099-01-01T00:00:00Z");
		assertProblem(create(SOPHEA, future), 400, "validation");
	}

	@Test
	void shouldLetOnlyASupervisorOverrideConsentWithAWrittenReason() {
		String override = withoutConsent("\"send\": true, \"consent\": {\"override\": {\"reason\": "
				+ "\"Child at immediate risk; grandmother unreachable for 48 hours.\"}}");
		assertProblem(create(SOPHEA, override), 403, "override-needs-supervisor");
		assertProblem(create(SOKHA, withoutConsent("\"consent\": {\"override\": {\"reason\": \"\"}}")), 400,
				"validation");

		Response sent = create(SOKHA, override);
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		assertThat(sent.json().get("status").asString()).isEqualTo("REQUESTED");
		var consent = read(DARA, sent.json().get("id").asString()).json().get("consent");
		assertThat(consent.get("override").isObject()).isTrue();
		assertThat(consent.get("recordedBy").asString()).isEqualTo("sokha.aple");
		assertThat(consent.get("override").get("reason").asString()).startsWith("Child at immediate risk");
	}

	@Test
	void shouldRecordConsentOnADraftThenSend() {
		String draft = create(SOPHEA, withoutConsent("")).json().get("id").asString();
		Response recorded = put(SOPHEA, "/api/referrals/" + draft + "/consent",
				"{\"givenBy\": \"GUARDIAN\", \"childAssented\": true, \"recordedAt\": \"2026-11-21T10:00:00Z\"}");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(act(SOPHEA, draft, "send", "").json().get("status").asString()).isEqualTo("REQUESTED");
		assertProblem(
				put(SOPHEA, "/api/referrals/" + draft + "/consent",
						"{\"givenBy\": \"CHILD\", \"recordedAt\": \"2026-11-21T10:00:00Z\"}"),
				409, "consent-after-send");
	}

	@Test
	void shouldCancelTheReferralWhenConsentIsWithdrawn() {
		String id = sentReferral();
		act(DARA, id, "accept", "");

		Response withdrawn = act(DARA, id, "withdraw-consent", "{\"note\": \"The grandmother called to withdraw.\"}");
		assertThat(withdrawn.status()).isEqualTo(200);
		var asSender = read(SOPHEA, id).json();
		assertThat(asSender.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(asSender.get("closureCode").asString()).isEqualTo("CONSENT_WITHDRAWN");
		assertThat(asSender.get("consent").get("withdrawnAt").isNull()).isFalse();
		assertProblem(act(DARA, id, "start", ""), 409, "invalid-transition");
	}

	@Test
	void shouldSayWhichOrganisationAndServiceTheConsentCovers() {
		var consent = read(DARA, sentReferral()).json().get("consent");
		assertThat(consent.get("receiverOrganisation").asString()).isEqualTo("tdh-nl");
		assertThat(consent.get("serviceType").asString()).isEqualTo("psychosocial-counselling");
	}

	@Test
	void shouldRefuseConsentGivenForAnotherOrganisationOrServiceAndSaveNothing() {
		int before = referrals();
		String otherOrganisation = referralBody("\"send\": true").replace("\"recordedAt\": \"2026-11-20T09:00:00Z\"",
				"\"recordedAt\": \"2026-11-20T09:00:00Z\", \"receiverOrganisation\": \"mith-samlanh\"");
		Response refused = create(SOPHEA, otherOrganisation);
		assertProblem(refused, 422, "consent-other-scope");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("consent");
		assertThat(refused.json().get("detail").asString()).contains("record consent again");

		String otherService = referralBody("").replace("\"recordedAt\": \"2026-11-20T09:00:00Z\"",
				"\"recordedAt\": \"2026-11-20T09:00:00Z\", \"serviceType\": \"vocational-training\"");
		assertProblem(create(SOPHEA, otherService), 422, "consent-other-scope");
		assertThat(referrals()).isEqualTo(before);
	}

	@Test
	void shouldExplainTheScopeInKhmer() {
		String otherOrganisation = referralBody("").replace("\"recordedAt\": \"2026-11-20T09:00:00Z\"",
				"\"recordedAt\": \"2026-11-20T09:00:00Z\", \"receiverOrganisation\": \"mith-samlanh\"");
		Response refused = api().send(api().request("/api/referrals", token(SOPHEA))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "km")
			.POST(HttpRequest.BodyPublishers.ofString(otherOrganisation))
			.build());
		assertProblem(refused, 422, "consent-other-scope");
		assertThat(refused.json().get("detail").asString()).contains("ការយល់ព្រមគ្របដណ្តប់អង្គការទទួលមួយ");
	}

	@Test
	void shouldRefuseADraftsConsentForAnotherServiceAndKeepItUnsendable() {
		String draft = create(SOPHEA, withoutConsent("")).json().get("id").asString();
		assertProblem(
				put(SOPHEA, "/api/referrals/" + draft + "/consent",
						"{\"givenBy\": \"CHILD\", \"recordedAt\": \"2026-11-21T10:00:00Z\", "
								+ "\"receiverOrganisation\": \"tdh-nl\", \"serviceType\": \"vocational-training\"}"),
				422, "consent-other-scope");
		assertProblem(act(SOPHEA, draft, "send", ""), 422, "consent-missing");

		Response named = put(SOPHEA, "/api/referrals/" + draft + "/consent",
				"{\"givenBy\": \"CHILD\", \"recordedAt\": \"2026-11-21T10:00:00Z\", "
						+ "\"receiverOrganisation\": \"tdh-nl\", \"serviceType\": \"psychosocial-counselling\"}");
		assertThat(named.status()).as(named.body()).isEqualTo(200);
		assertThat(act(SOPHEA, draft, "send", "").json().get("status").asString()).isEqualTo("REQUESTED");
	}

	@Test
	void shouldCheckAtSendThatTheStoredConsentCoversThisReceiver() {
		String draft = create(SOPHEA, referralBody("")).json().get("id").asString();
		jdbc.update("update referral set consent_receiver_organisation = 'mith-samlanh' where id = ?", draft);
		assertProblem(act(SOPHEA, draft, "send", ""), 422, "consent-other-scope");
	}

	private int referrals() {
		return jdbc.queryForObject("select count(*) from referral", Integer.class);
	}

}
