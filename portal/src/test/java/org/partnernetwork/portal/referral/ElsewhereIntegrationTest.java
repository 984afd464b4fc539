package org.partnernetwork.portal.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * "Refer elsewhere" on a declined referral: offered to its sender only, to another
 * organisation, under consent for it; the new referral linked back.
 */
class ElsewhereIntegrationTest extends PortalIntegrationTest {

	static final String ID = "5a1f0e2c-8d3b-4c7a-9e61-2b4d6f8a0c11";

	static final String NEW = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";

	static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh")).minusDays(1).toString();

	@BeforeEach
	void aDeclinedReferralAndTheDirectory() {
		referrals.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(declined("null"))));
		directory.stubFor(get(urlEqualTo("/api/organisations?page=0&size=100"))
			.willReturn(okJson(fixture("organisation-names-0.json"))));
		directory.stubFor(get(urlEqualTo("/api/organisations?page=1&size=100"))
			.willReturn(okJson(fixture("organisation-names-1.json"))));
	}

	/** The requested referral as its sender reads it once tdh-nl declined it. */
	private static String declined(String rerouted) {
		return fixture("referral-requested.json").replace("\"status\":\"REQUESTED\"", "\"status\":\"DECLINED\"")
			.replace("\"closureCode\":null", "\"closureCode\":\"NO_CAPACITY\"")
			.replace("\"actions\":[\"accept\",\"decline\"]", "\"actions\":[]")
			.replace("\"version\":2}", "\"version\":3, \"rerouted\":" + rerouted + "}");
	}

	@Test
	void shouldOfferTheSenderToReferElsewhereToAnotherOrganisationInEnglishAndKhmer() {
		String page = html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());
		assertThat(page)
			.contains("id=\"refer-elsewhere\"", "action=\"/referrals/" + ID + "/elsewhere\"",
					"<option value=\"mekong-youth\">Mekong Youth Care</option>",
					"The organisation that declined does not see it.")
			.doesNotContain("<option value=\"tdh-nl\"", "<option value=\"aple\"");

		String khmer = html(signedIn().get().uri("/referrals/" + ID + "?lang=km").exchange().expectStatus().isOk());
		assertThat(khmer).contains("បញ្ជូនទៅកន្លែងផ្សេង", "<option value=\"mekong-youth\">មេគង្គ យុវជន</option>");
	}

	@Test
	void shouldNotOfferItToTheOrganisationThatDeclinedNorOnceReRouted() {
		referrals.stubFor(get(urlEqualTo("/api/referrals/" + ID))
			.willReturn(okJson(declined("null").replace("\"stub\":false", "\"stub\":true"))));
		assertThat(html(signedInAs("dara.tdh", "Dara Sok", "tdh-nl", "coordinator").get()
			.uri("/referrals/" + ID)
			.exchange()
			.expectStatus()
			.isOk())).doesNotContain("refer-elsewhere");

		referrals.stubFor(get(urlEqualTo("/api/referrals/" + ID))
			.willReturn(okJson(declined("{\"from\":null,\"to\":\"" + NEW + "\"}"))));
		assertThat(html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk()))
			.doesNotContain("id=\"refer-elsewhere\"")
			.contains("<a href=\"/referrals/" + NEW
					+ "\">This referral was referred elsewhere: open the new referral</a>");
	}

	@Test
	void shouldMakeTheNewReferralUnderConsentForTheNewOrganisationWithTheFormsKey() {
		String page = html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());
		referrals.stubFor(
				post(urlEqualTo("/api/referrals/" + ID + "/refer-elsewhere")).willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody(fixture("referral-requested.json").replace(ID, NEW))));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/elsewhere")
			.body(BodyInserters.fromFormData(filledIn(key(page))))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/referrals/" + NEW + "?done=referral.sent");

		referrals.verify(postRequestedFor(urlEqualTo("/api/referrals/" + ID + "/refer-elsewhere"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withHeader("Idempotency-Key", equalTo(key(page)))
			.withRequestBody(equalToJson("""
					{"receiverOrganisation":"mekong-youth",
					 "consent":{"givenBy":"CAREGIVER","childAssented":true,"recordedAt":"%s",
					            "receiverOrganisation":"mekong-youth"},
					 "send":true}"""
				.formatted(LocalDate.parse(YESTERDAY).atStartOfDay(ZoneId.of("Asia/Phnom_Penh")).toInstant()))));
	}

	@Test
	void shouldSayWhatIsMissingWithoutAskingTheServiceAndTheServicesRefusal() {
		MultiValueMap<String, String> noAssent = filledIn("0b6f3c1e-2d4a-4f5b-9c8d-7e6f5a4b3c2d");
		noAssent.remove("assent");
		assertThat(html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/elsewhere")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData(noAssent))
			.exchange()
			.expectStatus()
			.isBadRequest())).contains("id=\"elsewhere-error\"", "ត្រូវការការយល់ព្រមរបស់កុមារ");
		referrals.verify(0, postRequestedFor(anyUrl()));

		referrals.stubFor(
				post(urlEqualTo("/api/referrals/" + ID + "/refer-elsewhere")).willReturn(aResponse().withStatus(409)
					.withHeader("Content-Type", "application/problem+json")
					.withBody("{\"type\":\"urn:partner-network:problem:already-rerouted\",\"status\":409}")));
		assertThat(html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/elsewhere")
			.body(BodyInserters.fromFormData(filledIn("0b6f3c1e-2d4a-4f5b-9c8d-7e6f5a4b3c2d")))
			.exchange()
			.expectStatus()
			.isEqualTo(409))).contains("This referral can no longer be referred elsewhere");
	}

	private static MultiValueMap<String, String> filledIn(String key) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("idempotencyKey", key);
		form.add("organisation", "mekong-youth");
		form.add("consent", "CAREGIVER");
		form.add("assent", "yes");
		form.add("consentDate", YESTERDAY);
		return form;
	}

	private static String key(String page) {
		Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(page);
		assertThat(key.find()).as("the form carries an idempotency key").isTrue();
		return key.group(1);
	}

}
