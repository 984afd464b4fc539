package org.partnernetwork.vocational.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A seat request carries consent: who gave it, the young person's assent, and the centre
 * and trade it covers; without it, nothing is saved.
 */
class SeatConsentIntegrationTest extends VocationalIntegrationTest {

	private static final String CONSENT = "\"consent\": {\"givenBy\": \"CAREGIVER\", \"childAssented\": true}";

	@Autowired
	private JdbcTemplate jdbc;

	private String opening;

	@BeforeEach
	void anOpening() {
		opening = postOpening(token(VANNA), openingBody(2, ""));
	}

	private String withConsent(String consent) {
		return seatBody(opening, 17, "male", "").replace(CONSENT, consent);
	}

	@Test
	void shouldRecordWhoGaveConsentAndTheCentreAndTradeItCovers() {
		String id = requestedPlacement(opening);

		for (DemoUser reader : List.of(DARA, VANNA)) {
			var consent = read(reader, id).json().get("consent");
			assertThat(consent.get("givenBy").asString()).isEqualTo("CAREGIVER");
			assertThat(consent.get("childAssented").asBoolean()).isTrue();
			assertThat(consent.get("recordedBy").asString()).isEqualTo("dara.tdh");
			assertThat(consent.get("centre").asString()).isEqualTo("kandal-vtc");
			assertThat(consent.get("trade").asString()).isEqualTo("motorbike-mechanics");
		}
	}

	@Test
	void shouldRefuseASeatRequestWithoutConsentAndSaveNothing() {
		int before = placements();
		String body = seatBody(opening, 17, "male", "").replaceAll(",\\s*\"consent\": \\{[^}]*}", "");
		assertThat(body).doesNotContain("consent");

		Response refused = requestSeat(DARA, body);

		assertProblem(refused, 422, "consent-missing");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("consent");
		assertThat(placements()).isEqualTo(before);
	}

	@Test
	void shouldNeedTheYoungPersonsAgreementWhenACaregiverConsents() {
		Response refused = requestSeat(DARA,
				withConsent("\"consent\": {\"givenBy\": \"GUARDIAN\", \"childAssented\": false}"));
		assertProblem(refused, 422, "consent-no-assent");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("consent.childAssented");

		Response own = requestSeat(DARA, withConsent("\"consent\": {\"givenBy\": \"CHILD\"}"));
		assertThat(own.status()).as(own.body()).isEqualTo(201);
		assertThat(own.json().get("consent").get("childAssented").asBoolean()).isTrue();
	}

	@Test
	void shouldRefuseConsentGivenForAnotherCentreOrTradeInEnglishAndKhmer() {
		int before = placements();
		Response otherCentre = requestSeat(DARA,
				withConsent("\"consent\": {\"givenBy\": \"CHILD\", \"centre\": \"don-bosco-pp\"}"));
		assertProblem(otherCentre, 422, "consent-other-scope");
		assertThat(otherCentre.json().get("errors").findValuesAsString("field")).containsExactly("consent");
		assertThat(otherCentre.json().get("detail").asString()).contains("record consent again");

		Response otherTrade = api().send(api().request("/api/placements", token(DARA))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "km")
			.POST(HttpRequest.BodyPublishers.ofString(withConsent(
					"\"consent\": {\"givenBy\": \"CHILD\", \"centre\": \"kandal-vtc\", \"trade\": \"tailoring\"}")))
			.build());
		assertProblem(otherTrade, 422, "consent-other-scope");
		assertThat(otherTrade.json().get("detail").asString()).contains("ការយល់ព្រមគ្របដណ្តប់មជ្ឈមណ្ឌលមួយ");
		assertThat(placements()).isEqualTo(before);

		Response named = requestSeat(DARA, withConsent(
				"\"consent\": {\"givenBy\": \"CHILD\", \"centre\": \"kandal-vtc\", \"trade\": \"motorbike-mechanics\"}"));
		assertThat(named.status()).as(named.body()).isEqualTo(201);
	}

	private int placements() {
		return jdbc.queryForObject("select count(*) from placement", Integer.class);
	}

}
