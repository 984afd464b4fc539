package org.partnernetwork.vocational.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.support.crypto.FieldCipher;
import org.partnernetwork.vocational.VocationalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The young person's case reference and the note are encrypted at rest; what a request
 * may carry is checked.
 */
class ProtectionIntegrationTest extends VocationalIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private FieldCipher cipher;

	private String opening;

	@BeforeEach
	void anOpening() {
		opening = postOpening(token(VANNA), openingBody(1, ""));
	}

	@Test
	void shouldStoreFreeTextOnlyEncrypted() {
		String id = requestedPlacement(opening);

		Map<String, Object> row = jdbc.queryForMap("select case_reference, note from placement where id = ?", id);
		String caseReference = (String) row.get("case_reference");
		String note = (String) row.get("note");
		assertThat(caseReference).startsWith("local-1:").doesNotContain("TDH-2026");
		assertThat(note).startsWith("local-1:").doesNotContain("engines", "grade");
		assertThat(cipher.open(note, "placement:" + id + ":NOTE"))
			.isEqualTo("Finished grade 6; wants to work with engines.");
		assertThat(read(VANNA, id).json().get("caseReference").asString()).isEqualTo("TDH-2026-0031");
	}

	@Test
	void shouldRefuseANoteThatLooksPersonalNamingTheFieldNeverTheValue() {
		String body = seatBody(opening, 17, "male", "");
		Integer before = jdbc.queryForObject("select count(*) from placement", Integer.class);
		for (String personal : List.of("Phone +855 12 345 678", "mail sokha@example.org", "Name - Sokha",
				"ឈ្មោះ សុខា")) {
			var refused = requestSeat(DARA, body.replace("Finished grade 6; wants to work with engines.", personal));
			assertProblem(refused, 400, "validation");
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
			assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("personal-details");
			assertThat(refused.body()).doesNotContain("345", "sokha@", "Sokha", "សុខា");
		}
		assertThat(jdbc.queryForObject("select count(*) from placement", Integer.class)).isEqualTo(before);
	}

	@Test
	void shouldRefuseNamesAsCaseReferencesAndWrongDetails() {
		String body = seatBody(opening, 17, "male", "");
		assertProblem(requestSeat(DARA, body.replace("TDH-2026-0031", "Sok Dara")), 400, "validation");
		assertProblem(requestSeat(DARA, body.replace("\"age\": 17", "\"age\": -1")), 400, "validation");
		assertProblem(requestSeat(DARA, body.replace("\"male\"", "\"boy\"")), 400, "validation");
		assertProblem(requestSeat(DARA, body.replace("\"openingId\": \"" + opening + "\", ", "")), 400, "validation");
		assertProblem(requestSeat(DARA, body.replace(opening, "not-a-uuid")), 400, "malformed-request");
	}

	@Test
	void shouldRefuseBodiesThatTryToSetStatusOrOrganisationsOrCreator() {
		for (String field : List.of("\"status\": \"ENROLLED\"", "\"centre\": \"kandal-vtc\"",
				"\"requesterOrganisation\": \"aple\"", "\"createdBy\": \"someone\"", "\"version\": 7",
				"\"childName\": \"Sok\"")) {
			assertProblem(requestSeat(DARA, seatBody(opening, 17, "male", field)), 400, "unknown-property");
		}
	}

}
