package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.support.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The child's case reference, the summary, notes and override reasons are encrypted at
 * rest; input is checked.
 */
class ProtectionIntegrationTest extends ReferralIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private FieldCipher cipher;

	@Test
	void shouldStoreFreeTextOnlyEncrypted() {
		String id = sentReferral();
		api().post("/api/referrals/" + id + "/notes", token(DARA), "{\"text\": \"Grandmother works at the market.\"}");

		Map<String, Object> row = jdbc.queryForMap("select case_reference, summary from referral where id = ?", id);
		String summary = (String) row.get("summary");
		assertThat(summary).startsWith("local-1:").doesNotContain("counselling", "grandmother");
		assertThat((String) row.get("case_reference")).startsWith("local-1:").doesNotContain("APLE-2026");
		List<String> notes = jdbc.queryForList(
				"select note from referral_event where referral_id = ? and note is not null", String.class, id);
		assertThat(notes).singleElement().satisfies(note -> assertThat(note).doesNotContain("market"));

		assertThat(cipher.open(summary, "referral:" + id + ":SUMMARY")).startsWith("Boy, 12, needs counselling");
		assertThat(read(SOPHEA, id).json().get("caseReference").asString()).isEqualTo("APLE-2026-0412");
	}

	@Test
	void shouldRefuseNamesAsCaseReferencesAndBadCodes() {
		assertProblem(create(SOPHEA, referralBody("").replace("APLE-2026-0412", "Sok Dara")), 400, "validation");
		assertProblem(create(SOPHEA, referralBody("").replace("\"KH-8\"", "\"KH-99\"")), 400, "validation");
		assertProblem(create(SOPHEA, referralBody("").replace("[\"km\"]", "[\"xx\"]")), 400, "validation");
		assertProblem(
				create(SOPHEA, referralBody("").replace("\"ageYears\": 12", "\"ageYears\": 12, \"birthYear\": 2014")),
				400, "validation");
		assertProblem(create(SOPHEA, referralBody("").replace("\"tdh-nl\"", "\"aple\"")), 400, "validation");
	}

	@Test
	void shouldNameTheFieldWhoseValueHasTheWrongForm() {
		var badDate = create(SOPHEA, referralBody("").replace("2026-11-20T09:00:00Z", "last Tuesday"));
		assertProblem(badDate, 400, "malformed-request");
		assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("consent.recordedAt");
		var badNumber = create(SOPHEA, referralBody("").replace("\"ageYears\": 12", "\"ageYears\": \"twelve\""));
		assertThat(badNumber.json().get("errors").get(0).get("field").asString()).isEqualTo("child.ageYears");
	}

	@Test
	void shouldRefuseBodiesThatTryToSetStatusOrOrganisationOrCreator() {
		for (String field : List.of("\"status\": \"COMPLETED\"", "\"senderOrganisation\": \"tdh-nl\"",
				"\"createdBy\": \"someone\"", "\"version\": 7", "\"id\": \"00000000-0000-4000-8000-000000000001\"")) {
			assertProblem(create(SOPHEA, referralBody(field)), 400, "unknown-property");
		}
	}

}
