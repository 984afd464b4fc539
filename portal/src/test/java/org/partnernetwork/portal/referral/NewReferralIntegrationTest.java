package org.partnernetwork.portal.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * "Refer a child" from a service found in Find help: the form, its checks, and the
 * referral sent once.
 */
class NewReferralIntegrationTest extends PortalIntegrationTest {

	static final ZoneId CAMBODIA = ZoneId.of("Asia/Phnom_Penh");

	/**
	 * The consent's day is a day in Phnom Penh; it starts at 17:00 UTC the day before.
	 */
	static final String TODAY = LocalDate.now(CAMBODIA).toString();

	@Test
	void shouldShowTheFormWithItsOwnIdempotencyKeyEachTime() {
		String first = html(signedIn().get()
			.uri("/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store")));
		String second = html(signedIn().get()
			.uri("/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(first).contains("<label for=\"caseReference\">Your case reference</label>", "Never a name.",
				"<input type=\"hidden\" name=\"organisation\" value=\"tdh-nl\">", "No consent: a supervisor's override")
			.containsPattern(
					"<form method=\"post\" action=\"/referrals\" novalidate><input type=\"hidden\" name=\"_csrf\" value=\"[\\w-]{20,}\"/>");
		assertThat(key(first)).isNotEqualTo(key(second));
	}

	@Test
	void shouldShowTheFormInKhmer() {
		assertThat(html(signedIn().get()
			.uri("/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling&lang=km")
			.exchange()
			.expectStatus()
			.isOk())).contains("<html lang=\"km\">", "បញ្ជូនកុមារ", "លេខយោងករណីរបស់អ្នក");
	}

	@Test
	void shouldSendTheReferralOnceWithTheFormsKeyAndShowIt() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(fixture("referral-requested.json"))));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + ReferralPagesIntegrationTest.ID + "?done=referral.sent");

		referrals.verify(postRequestedFor(urlEqualTo("/api/referrals"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withHeader("Idempotency-Key", equalTo("0b6f3c1e-2d4a-4f5b-9c8d-7e6f5a4b3c2d"))
			.withRequestBody(equalToJson(
					"""
							{"receiverOrganisation":"tdh-nl","serviceType":"psychosocial-counselling","caseReference":"APLE-2026-0142",
							 "child":{"sex":"male","ageYears":12,"province":"KH-8","languages":["km"]},
							 "urgency":"HIGH","riskLevel":"MEDIUM","summary":"Sleeps badly since the flood.",
							 "consent":{"givenBy":"CAREGIVER","childAssented":true,"recordedAt":"%s",
							            "receiverOrganisation":"tdh-nl","serviceType":"psychosocial-counselling"},"send":true}
							"""
						.formatted(LocalDate.parse(TODAY).minusDays(1).atStartOfDay(CAMBODIA).toInstant()),
					true, false)));
	}

	@Test
	void shouldSendASupervisorsOverrideInPlaceOfConsentAndTheAgeAsAWholeNumber() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(fixture("referral-requested.json"))));
		MultiValueMap<String, String> form = filledIn();
		form.set("consent", "OVERRIDE");
		form.remove("assent");
		form.add("overrideReason", "The child is in danger tonight.");

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther();

		referrals.verify(postRequestedFor(urlEqualTo("/api/referrals")).withRequestBody(equalToJson(
				"""
						{"receiverOrganisation":"tdh-nl","serviceType":"psychosocial-counselling","caseReference":"APLE-2026-0142",
						 "child":{"sex":"male","ageYears":12,"province":"KH-8","languages":["km"]},
						 "urgency":"HIGH","riskLevel":"MEDIUM","summary":"Sleeps badly since the flood.",
						 "consent":{"override":{"reason":"The child is in danger tonight."},
						            "receiverOrganisation":"tdh-nl","serviceType":"psychosocial-counselling"},"send":true}""")));
	}

	@Test
	void shouldShowTheServicesRefusalOfAPartOfConsentBesideItsField() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:validation\",\"status\":400,"
					+ "\"errors\":[{\"field\":\"consent.recordedAt\",\"message\":\"must not be null\"}]}")));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).contains("id=\"consentDate-error\"", "Sleeps badly since the flood.");
	}

	@Test
	void shouldSayBesideTheSummaryThatItLooksPersonalInEnglishAndKhmer() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:validation\",\"status\":400,"
					+ "\"errors\":[{\"field\":\"summary\",\"message\":\"looks like a phone number\","
					+ "\"code\":\"personal-details\"}]}")));
		MultiValueMap<String, String> form = filledIn();
		form.set("summary", "Sleeps badly; aunt on 012 345 678.");

		String english = refused(form, "en", 400);
		String khmer = refused(form, "km", 400);

		assertThat(english).contains("id=\"summary-error\"",
				"What is written here must not identify the child or the family: remove phone numbers");
		assertThat(khmer).contains("id=\"summary-error\"", "លេខទូរស័ព្ទ");
	}

	@Test
	void shouldMarkWhatIsMissingWithoutAskingTheService() {
		MultiValueMap<String, String> form = filledIn();
		form.set("caseReference", "Sokha Chan");
		form.set("consentDate", LocalDate.parse(TODAY).plusDays(2).toString());

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page)
			.contains("Please correct what is marked below.",
					"Enter your case system's reference: letters, digits and . _ / - only",
					"Enter the day consent was given; it cannot be in the future.", "Sleeps badly since the flood.")
			.contains("0b6f3c1e-2d4a-4f5b-9c8d-7e6f5a4b3c2d");
		referrals.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldSayPlainlyWhenTheReceiverCannotTakeTheChild() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:not-eligible\",\"status\":422,"
					+ "\"errors\":[{\"field\":\"child.ageYears\",\"message\":\"outside 6-17\"}]}")));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isEqualTo(422));

		assertThat(page).contains("ការបញ្ជូនមិនត្រូវបានផ្ញើទេ", "សូមបញ្ចូលអាយុកុមារជាឆ្នាំ")
			.doesNotContain("0b6f3c1e-2d4a-4f5b-9c8d-7e6f5a4b3c2d");
	}

	@Test
	void shouldSayBesideTheAgeWhichAgesTheReceiverTakesForTheService() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:not-eligible\",\"status\":422,"
					+ "\"errors\":[{\"field\":\"child.age\",\"code\":\"age-range\","
					+ "\"message\":\"tdh-nl takes children aged 6–17 for psychosocial-counselling\"}]}")));
		directory.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/api/organisations/tdh-nl"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(fixture("organisation-tdh-nl.json"))));
		MultiValueMap<String, String> form = filledIn();
		form.set("age", "19");

		String english = refused(form, "en", 422);
		String khmer = refused(form, "km", 422);

		assertThat(english).containsSubsequence("The referral was not sent: see why beside what is marked below.",
				"id=\"age-error\"", "tdh-nl takes children aged 6 to 17 for Psychosocial counselling.", "value=\"19\"");
		assertThat(khmer).contains("tdh-nl ទទួលកុមារអាយុពី 6 ដល់ 17 ឆ្នាំ សម្រាប់ការប្រឹក្សាផ្លូវចិត្តសង្គម");
	}

	@Test
	void shouldSayBesideTheAssentThatTheChildMustAgreeWhenACaregiverConsents() {
		MultiValueMap<String, String> form = filledIn();
		form.remove("assent");

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).containsSubsequence("id=\"assent-error\"",
				"The child's agreement is needed when a caregiver or guardian gives consent.", "aria-invalid=\"true\"");
		referrals.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldShowTheServicesRefusalOfTheAssentBesideIt() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:consent-no-assent\",\"status\":422,"
					+ "\"errors\":[{\"field\":\"consent.childAssented\",\"message\":\"needed\"}]}")));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isEqualTo(422));

		assertThat(page).contains("id=\"assent-error\"", "ត្រូវការការយល់ព្រមរបស់កុមារ");
	}

	@Test
	void shouldFillInTheChildFromTheSearchInFindHelp() {
		String page = html(signedIn().get()
			.uri("/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling&age=12&sex=female&province=KH-8")
			.exchange()
			.expectStatus()
			.isOk());
		String unusable = html(signedIn().get()
			.uri("/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling&age=99&sex=any&province=")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(page).contains("id=\"age\" name=\"age\" type=\"text\" inputmode=\"numeric\"")
			.containsPattern("name=\"age\"[^>]*value=\"12\"")
			.containsPattern("value=\"female\" checked")
			.containsPattern("value=\"KH-8\" selected");
		assertThat(unusable).doesNotContainPattern("name=\"age\"[^>]*value=\"99\"")
			.doesNotContain(" checked=\"checked\" value=\"any\"");
	}

	@Test
	void shouldRefuseTheFormWithoutItsCsrfToken() {
		signedIn().post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isForbidden();

		referrals.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldOfferToReferFromAServiceFound() {
		directory.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/api/organisations/tdh-nl"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(fixture("organisation-tdh-nl.json"))));

		assertThat(html(signedIn().get().uri("/organisations/tdh-nl").exchange().expectStatus().isOk())).contains(
				"href=\"/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling\"",
				"Refer a child to this service");
	}

	@Test
	void shouldSayWhatTheConsentCoversAndSendTheLastDayItHolds() {
		assertThat(html(signedIn().get()
			.uri("/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling")
			.exchange()
			.expectStatus()
			.isOk())).contains("This consent covers", "only. Another organisation or service needs consent again.",
					"<label for=\"consentUntil\">Consent holds until (optional)</label>");
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(fixture("referral-requested.json"))));
		MultiValueMap<String, String> form = filledIn();
		String lastDay = LocalDate.parse(TODAY).plusDays(30).toString();
		form.add("consentUntil", lastDay);

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther();

		// it holds through its last day in Cambodia
		referrals.verify(
				postRequestedFor(urlEqualTo("/api/referrals")).withRequestBody(matchingJsonPath("$.consent.expiresAt",
						equalTo(LocalDate.parse(lastDay).plusDays(1).atStartOfDay(CAMBODIA).toInstant().toString()))));
	}

	@Test
	void shouldRefuseALastDayOfConsentInThePastWithoutAskingTheService() {
		MultiValueMap<String, String> form = filledIn();
		form.add("consentUntil", LocalDate.parse(TODAY).minusDays(3).toString());

		String page = refused(form, "km", 400);

		assertThat(page).contains("id=\"consentUntil-error\"", "សូមបញ្ចូលថ្ងៃចាប់ពីថ្ងៃនេះតទៅ");
		referrals.verify(0, postRequestedFor(urlEqualTo("/api/referrals")));
	}

	@Test
	void shouldSayBesideConsentThatItCoversAnotherOrganisationInEnglishAndKhmer() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:consent-other-scope\",\"status\":422,"
					+ "\"errors\":[{\"field\":\"consent\",\"message\":\"consent covers one receiving organisation\","
					+ "\"code\":\"consent-scope\"}]}")));

		assertThat(refused(filledIn(), "en", 422))
			.contains("This consent was given for another organisation or service.");
		assertThat(refused(filledIn(), "km", 422)).contains("ការយល់ព្រមនេះត្រូវបានផ្តល់សម្រាប់អង្គការ ឬសេវាផ្សេង");
	}

	/** The form sent in a language, refused with this status: the page shown again. */
	private String refused(MultiValueMap<String, String> form, String language, int status) {
		return html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.cookie("lang", language)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isEqualTo(status));
	}

	private static MultiValueMap<String, String> filledIn() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("organisation", "tdh-nl");
		form.add("serviceType", "psychosocial-counselling");
		form.add("idempotencyKey", "0b6f3c1e-2d4a-4f5b-9c8d-7e6f5a4b3c2d");
		form.add("caseReference", "APLE-2026-0142");
		form.add("age", "១២");
		form.add("sex", "male");
		form.add("province", "KH-8");
		form.add("languages", "km");
		form.add("urgency", "HIGH");
		form.add("riskLevel", "MEDIUM");
		form.add("summary", "Sleeps badly since the flood.");
		form.add("consent", "CAREGIVER");
		form.add("assent", "yes");
		form.add("consentDate", LocalDate.parse(TODAY).minusDays(1).toString());
		return form;
	}

	private static String key(String page) {
		Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(page);
		assertThat(key.find()).as("the form carries an idempotency key").isTrue();
		return key.group(1);
	}

}
