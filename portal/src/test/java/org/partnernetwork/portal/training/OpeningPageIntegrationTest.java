package org.partnernetwork.portal.training;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * One opening's page: its terms; a coordinator's "Request a seat", started from a
 * referral and sent once with its key; eligibility refused in sentences; its centre's
 * staff editing and closing it; not found; unavailable.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpeningPageIntegrationTest extends PortalIntegrationTest {

	static final String ID = TrainingSearchIntegrationTest.MOTORBIKES;

	static final String REFERRAL = TrainingSearchIntegrationTest.REFERRAL;

	static final String PLACEMENT = "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d";

	static final String KEY = "0b6f3c1e-2d4a-4f5b-9c8d-7e6f5a4b3c2d";

	@BeforeEach
	void openingAnswers() {
		vocational.stubFor(get(urlEqualTo("/api/openings/" + ID)).willReturn(okJson(fixture("training/opening.json"))));
	}

	WebTestClient dara() {
		return signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator");
	}

	@Test
	void shouldShowTheOpeningAndACoordinatorTheSeatRequestWithItsOwnKeyEachTime() {
		String first = html(dara().get()
			.uri("/training/openings/" + ID)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store")));
		String second = html(dara().get().uri("/training/openings/" + ID).exchange().expectStatus().isOk());

		vocational.verify(getRequestedFor(urlEqualTo("/api/openings/" + ID)).withHeader("Authorization",
				equalTo("Bearer " + ACCESS_TOKEN)));
		assertThat(first)
			.contains("<h1>Motorbike repair, 6 months</h1>", "Kandal", "16 to 24 years", "3 of 10 left", "24 weeks",
					"Yes, 40 US dollars a month", "MoLVT level 1", "11 January 2027", "31 December 2026",
					"<h2 id=\"request-heading\">Request a seat</h2>",
					"<label for=\"caseReference\">Your case reference</label>", "Never a name",
					"<button id=\"request-submit\" type=\"submit\">Request the seat</button>")
			.containsPattern("<form id=\"request\" class=\"act\" method=\"post\" action=\"/training/openings/" + ID
					+ "/request\" novalidate><input type=\"hidden\" name=\"_csrf\" value=\"[\\w-]{20,}\"/>")
			.doesNotContain("close-submit", "/edit", ACCESS_TOKEN);
		assertThat(key(first)).isNotEqualTo(key(second));
	}

	@Test
	void shouldOfferItsCentresStaffToChangeAndCloseItButNotToRequestASeat() {
		String page = html(signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").get()
			.uri("/training/openings/" + ID)
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(page)
			.contains("<a href=\"/training/openings/" + ID + "/edit\">Change the opening</a>",
					"<button id=\"close-submit\" type=\"submit\">Close the opening</button>")
			.containsPattern("action=\"/training/openings/" + ID + "/close\"><input type=\"hidden\" name=\"_csrf\"")
			.doesNotContain("request-submit");
		assertThat(html(signedInAs("srey.other", "Srey", "other-vtc", "centre-staff").get()
			.uri("/training/openings/" + ID)
			.exchange()
			.expectStatus()
			.isOk())).doesNotContain("close-submit", "/edit");
	}

	@Test
	void shouldStartTheRequestFromTheReferralAndSendItLinkedWithTheFormsKey() {
		referrals.stubFor(
				get(urlEqualTo("/api/referrals/" + REFERRAL)).willReturn(okJson(fixture("referral-requested.json"))));
		vocational.stubFor(post(urlEqualTo("/api/placements")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(fixture("training/placement-requested.json"))));

		String page = html(dara().get()
			.uri("/training/openings/" + ID + "?referral=" + REFERRAL)
			.exchange()
			.expectStatus()
			.isOk());
		referrals.verify(getRequestedFor(urlEqualTo("/api/referrals/" + REFERRAL)).withHeader("Authorization",
				equalTo("Bearer " + ACCESS_TOKEN)));
		assertThat(page).contains(
				"name=\"caseReference\" type=\"text\" autocomplete=\"off\" maxlength=\"40\" value=\"APLE-2026-0142\"",
				"value=\"12\"", "<option value=\"male\" selected=\"selected\">Boy</option>",
				"value=\"" + REFERRAL + "\"");

		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("idempotencyKey", key(page));
		form.add("caseReference", "APLE-2026-0142");
		form.add("age", "16");
		form.add("sex", "male");
		form.add("referralId", REFERRAL);
		form.add("consent", "CAREGIVER");
		form.add("assent", "yes");
		dara().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/request")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/training/placements/" + PLACEMENT);

		vocational.verify(postRequestedFor(urlEqualTo("/api/placements"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withHeader("Idempotency-Key", equalTo(key(page)))
			.withRequestBody(equalToJson("""
					{"openingId":"%s","caseReference":"APLE-2026-0142","age":16,"sex":"male","referralId":"%s",
					 "consent":{"givenBy":"CAREGIVER","childAssented":true}}
					""".formatted(ID, REFERRAL))));
	}

	@Test
	void shouldSayInSentencesWhatTheOpeningDoesNotTake() {
		vocational.stubFor(post(urlEqualTo("/api/placements")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:not-eligible\",\"status\":422,\"errors\":["
					+ "{\"field\":\"age\",\"message\":\"the opening takes ages 16–24\"},"
					+ "{\"field\":\"applicationDeadline\",\"message\":\"applications closed\"}]}")));

		String page = html(dara().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/request")
			.body(BodyInserters.fromFormData(request("14")))
			.exchange()
			.expectStatus()
			.isEqualTo(422));

		assertThat(page)
			.contains("The young person does not fit this opening. Nothing was sent.", "id=\"age-error\"",
					"This opening takes young people aged 16 to 24.",
					"Applications for this opening closed on 31 December 2026.",
					"aria-describedby=\"age-hint age-error\"", "value=\"TDH-2026-0042\"")
			.doesNotContain(KEY);

		String khmer = html(dara().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/request")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData(request("14")))
			.exchange()
			.expectStatus()
			.isEqualTo(422));
		assertThat(khmer).contains("វគ្គនេះទទួលយុវជនអាយុពី 16 ដល់ 24 ឆ្នាំ។", "យុវជនមិនត្រូវនឹងលក្ខខណ្ឌនៃវគ្គនេះទេ");
	}

	@Test
	void shouldMarkAWrongCaseReferenceWithoutAskingAndAReferralTheOrganisationCannotSee() {
		MultiValueMap<String, String> named = request("16");
		named.set("caseReference", "Sokha Chan");
		assertThat(html(dara().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/request")
			.body(BodyInserters.fromFormData(named))
			.exchange()
			.expectStatus()
			.isBadRequest())).contains("id=\"caseReference-error\"",
					"Enter your case system's reference: letters, digits and . _ / - only");
		vocational.verify(0, postRequestedFor(anyUrl()));

		vocational.stubFor(post(urlEqualTo("/api/placements")).willReturn(aResponse().withStatus(404)));
		MultiValueMap<String, String> linked = request("16");
		linked.add("referralId", REFERRAL);
		assertThat(html(dara().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/request")
			.body(BodyInserters.fromFormData(linked))
			.exchange()
			.expectStatus()
			.isNotFound())).contains("id=\"referralId-error\"",
					"There is no referral with this number that your organisation can see.");
	}

	@Test
	void shouldAskWhoGaveConsentAndWhatItCoversAndMarkItMissingWithoutAsking() {
		assertThat(html(dara().get().uri("/training/openings/" + ID).exchange().expectStatus().isOk())).contains(
				"<legend>Consent to ask for this seat was given by</legend>", "This consent covers ",
				" only. Another centre or trade needs consent again.",
				"<input type=\"radio\" name=\"consent\" value=\"CAREGIVER\">", "id=\"assent\"");

		MultiValueMap<String, String> none = request("16");
		none.remove("consent");
		assertThat(html(dara().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/request")
			.body(BodyInserters.fromFormData(none))
			.exchange()
			.expectStatus()
			.isBadRequest())).contains("id=\"consent-error\"", "Choose who gave consent for this seat request.");

		MultiValueMap<String, String> noAssent = request("16");
		noAssent.set("consent", "GUARDIAN");
		assertThat(html(dara().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/request")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData(noAssent))
			.exchange()
			.expectStatus()
			.isBadRequest())).contains("id=\"assent-error\"", "ត្រូវការការយល់ព្រមរបស់យុវជន");
		vocational.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldShowTheServicesRefusalOfConsentBesideIt() {
		vocational.stubFor(post(urlEqualTo("/api/placements")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:consent-no-assent\",\"status\":422,\"errors\":["
					+ "{\"field\":\"consent.childAssented\",\"message\":\"the young person's agreement is needed\"}]}")));

		String page = html(dara().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/request")
			.body(BodyInserters.fromFormData(request("16")))
			.exchange()
			.expectStatus()
			.isEqualTo(422));

		assertThat(page).contains("The consent does not allow this seat request. Nothing was sent",
				"id=\"assent-error\"", "value=\"TDH-2026-0042\"");
	}

	@Test
	void shouldKeepTheKeyWhenTheServiceDidNotAnswerSoASecondSendAsksOnce(CapturedOutput output) {
		vocational.stubFor(post(urlEqualTo("/api/placements")).willReturn(aResponse().withFixedDelay(3_000)));

		String page = html(dara().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/request")
			.body(BodyInserters.fromFormData(request("16")))
			.exchange()
			.expectStatus()
			.isEqualTo(503));

		assertThat(page).contains("The request could not be sent right now. Please send it again in a minute",
				"name=\"idempotencyKey\" value=\"" + KEY + "\"");
		assertThat(output.getAll()).contains("vocational-service did not answer: TimeoutException")
			.doesNotContain("TDH-2026-0042", ACCESS_TOKEN);
	}

	@Test
	void shouldCloseTheOpeningAndShowItAgain() {
		vocational.stubFor(post(urlEqualTo("/api/openings/" + ID + "/close"))
			.willReturn(okJson(fixture("training/opening.json"))));

		signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/close")
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/training/openings/" + ID);
		vocational.verify(postRequestedFor(urlEqualTo("/api/openings/" + ID + "/close")).withHeader("Authorization",
				equalTo("Bearer " + ACCESS_TOKEN)));

		vocational.stubFor(get(urlEqualTo("/api/openings/" + ID))
			.willReturn(okJson(fixture("training/opening.json").replace("\"OPEN\"", "\"CLOSED\""))));
		assertThat(html(dara().get().uri("/training/openings/" + ID).exchange().expectStatus().isOk()))
			.contains("Closed: this opening takes no more seat requests.")
			.doesNotContain("request-submit");
	}

	@Test
	void shouldShowAMissingOpeningAsNotFoundAndASilentServiceAsUnavailable() {
		vocational.stubFor(get(urlEqualTo("/api/openings/" + ID)).willReturn(aResponse().withStatus(404)));
		assertThat(html(dara().get().uri("/training/openings/" + ID).exchange().expectStatus().isNotFound()))
			.contains("There is no opening at this address that you may see or change.");
		assertThat(html(dara().get().uri("/training/openings/nope").exchange().expectStatus().isNotFound()))
			.contains("There is no opening at this address");

		vocational.stubFor(get(urlEqualTo("/api/openings/" + ID)).willReturn(aResponse().withStatus(500)));
		assertThat(html(
				dara().get().uri("/training/openings/" + ID + "?lang=km").exchange().expectStatus().isEqualTo(503)))
			.contains("មិនអាចបង្ហាញវគ្គបណ្តុះបណ្តាលបាន");
	}

	static MultiValueMap<String, String> request(String age) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("idempotencyKey", KEY);
		form.add("caseReference", "TDH-2026-0042");
		form.add("age", age);
		form.add("sex", "male");
		form.add("consent", "CHILD");
		return form;
	}

	static String key(String page) {
		Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(page);
		assertThat(key.find()).as("the form carries an idempotency key").isTrue();
		return key.group(1);
	}

	@Test
	void shouldSayWhenTheReferralCannotBeReadAndLeaveTheFormEmpty() {
		referrals.stubFor(get(urlEqualTo("/api/referrals/" + REFERRAL)).willReturn(aResponse().withStatus(404)));

		String page = html(dara().get()
			.uri("/training/openings/" + ID + "?referral=" + REFERRAL)
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(page)
			.contains("The referral you came from could not be found for your organisation, so the form is empty.")
			.doesNotContain("value=\"" + REFERRAL + "\"");
		assertThat(html(signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").get()
			.uri("/training/openings/" + ID + "?referral=" + REFERRAL)
			.exchange()
			.expectStatus()
			.isOk())).doesNotContain("could not be found");
		referrals.verify(1, getRequestedFor(urlEqualTo("/api/referrals/" + REFERRAL)));
	}

}
