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
	void shouldRefuseASummaryNoteOrReasonThatLooksPersonalNamingTheFieldNeverTheValue() {
		Integer before = jdbc.queryForObject("select count(*) from referral", Integer.class);
		var phone = create(SOPHEA, referralBody("").replace("lives with his grandmother", "aunt on 012 345 678"));
		assertPersonal(phone, "summary", "phone number");
		var khmerPhone = create(SOPHEA, referralBody("").replace("lives with his grandmother", "ទូរស័ព្ទ ០៩៧១២៣៤៥៦៧"));
		assertPersonal(khmerPhone, "summary", "phone number");
		var name = create(SOPHEA,
				referralBody("").replace(
						"\"consent\": {\"givenBy\": \"CAREGIVER\", \"childAssented\": true, "
								+ "\"recordedAt\": \"2026-11-20T09:00:00Z\"}",
						"\"consent\": {\"override\": {\"reason\": \"Name: Keo Sokha\"}}"));
		assertPersonal(name, "consent.override.reason", "name");
		assertThat(jdbc.queryForObject("select count(*) from referral", Integer.class)).isEqualTo(before);

		String id = sentReferral();
		var mail = api().post("/api/referrals/" + id + "/notes", token(DARA),
				"{\"text\": \"write to keo@example.org\"}");
		assertPersonal(mail, "text", "e-mail address");
		assertPersonal(act(DARA, id, "decline", "{\"code\": \"NO_CAPACITY\", \"note\": \"call +44 20 7946 0958\"}"),
				"note", "phone number");
		assertThat(notes(read(SOPHEA, id))).isEmpty();
		assertThat(read(SOPHEA, id).json().get("status").asString()).isEqualTo("REQUESTED");
	}

	@Test
	void shouldSayInKhmerWhyATextLooksPersonal() {
		var refused = api().send(api().request("/api/referrals", token(SOPHEA))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "km")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString(referralBody("").replace("lives with his grandmother", "ឈ្មោះ៖ សុខា")))
			.build());
		assertPersonal(refused, "summary", "ឈ្មោះ");
	}

	@Test
	void shouldLetYearsCountsAndAgesThrough() {
		var created = create(SOPHEA, referralBody("").replace("lives with his grandmother",
				"12 sessions since 2024, hearing on 2026-11-20, ages 6 to 17"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	private static void assertPersonal(org.partnernetwork.testsupport.HttpApi.Response refused, String field,
			String sentence) {
		assertProblem(refused, 400, "validation");
		var error = refused.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("code").asString()).isEqualTo("personal-details");
		assertThat(error.get("message").asString()).contains(sentence);
		assertThat(refused.body()).doesNotContain("345", "Sokha", "សុខា", "keo@", "7946", "៣៤៥");
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
