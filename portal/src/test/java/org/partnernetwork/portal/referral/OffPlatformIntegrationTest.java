package org.partnernetwork.portal.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A referral to a partner not on the platform: the form that records it, its page with
 * "record their answer" and "record the outcome", and its one-page handover sheet, in
 * English and Khmer.
 */
class OffPlatformIntegrationTest extends PortalIntegrationTest {

	static final String ID = "7c2e4b1a-3f5d-4e6a-8b9c-0d1e2f3a4b5c";

	@Test
	void shouldOfferTheFormFromTheOutgoingBoxAndShowIt() {
		referrals.stubFor(get(anyUrl()).willReturn(okJson(fixture("referrals-incoming.json"))));
		String box = html(signedIn().get().uri("/referrals?box=outgoing").exchange().expectStatus().isOk());
		String form = html(signedIn().get().uri("/referrals/new?offPlatform=yes").exchange().expectStatus().isOk());
		String khmer = html(
				signedIn().get().uri("/referrals/new?offPlatform=yes&lang=km").exchange().expectStatus().isOk());

		assertThat(box).contains("href=\"/referrals/new?offPlatform=yes\"",
				"Record a referral to a partner not on the platform");
		assertThat(form).contains("<h1>Record a referral to a partner not on the platform</h1>",
				"<input type=\"hidden\" name=\"offPlatform\" value=\"yes\">", "<select id=\"organisation\"",
				"<option value=\"\">Not in the directory</option>", "<input id=\"receiverName\" name=\"receiverName\"",
				"<option value=\"POLICE\">Police</option>", "<select id=\"serviceType\"", "Record the referral")
			.doesNotContain("Save as a draft");
		assertThat(khmer).contains("កត់ត្រាការបញ្ជូនទៅដៃគូដែលមិននៅលើវេទិកា",
				"<option value=\"POLICE\">នគរបាល</option>");
	}

	@Test
	void shouldRecordAReferralToAnOrganisationByNameAndType() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(fixture("referral-off-platform.json"))));
		MultiValueMap<String, String> form = filledIn();
		form.set("organisation", "");
		form.add("receiverName", " Kandal Provincial Hospital ");
		form.add("receiverType", "HEALTH_FACILITY");

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + ID + "?done=referral.recorded");

		referrals.verify(postRequestedFor(urlEqualTo("/api/referrals")).withRequestBody(equalToJson(
				"""
						{"receiverOrganisation":null,"serviceType":"law-enforcement","caseReference":"APLE-2026-0777",
						 "child":{"sex":"female","ageYears":15,"province":"KH-8","languages":["km"]},
						 "urgency":"HIGH","riskLevel":"HIGH","summary":"Wants the police to hear her account.",
						 "consent":{"givenBy":"CHILD","childAssented":true,"recordedAt":"%s","serviceType":"law-enforcement"},
						 "send":true,"offPlatform":true,"receiverName":"Kandal Provincial Hospital","receiverType":"HEALTH_FACILITY"}"""
					.formatted(LocalDate.parse(NewReferralIntegrationTest.TODAY)
						.minusDays(1)
						.atStartOfDay(NewReferralIntegrationTest.CAMBODIA)
						.toInstant()))));
	}

	@Test
	void shouldRecordAReferralToADirectoryOrganisation() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(fixture("referral-off-platform.json"))));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isSeeOther();

		referrals.verify(postRequestedFor(urlEqualTo("/api/referrals")).withRequestBody(equalToJson(
				"{\"receiverOrganisation\":\"kandal-ahtjp\",\"offPlatform\":true,\"send\":true}", true, true)));
	}

	@Test
	void shouldRefuseNeitherOrBothReceiversBesideTheNameSendingNothing() {
		MultiValueMap<String, String> neither = filledIn();
		neither.set("organisation", "");
		MultiValueMap<String, String> both = filledIn();
		both.add("receiverName", "Kandal Provincial Hospital");

		for (var form : List.of(neither, both)) {
			String page = html(signedIn().mutateWith(csrf())
				.post()
				.uri("/referrals")
				.body(BodyInserters.fromFormData(form))
				.exchange()
				.expectStatus()
				.isBadRequest());
			assertThat(page).contains("Choose an organisation from the directory or type its name",
					"<input id=\"receiverName\" name=\"receiverName\" type=\"text\" autocomplete=\"off\" maxlength=\"120\"");
		}
		referrals.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldShowTheServicesRefusalOfANameWithPersonalDetailsBesideIt() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:validation\",\"status\":400,"
					+ "\"errors\":[{\"field\":\"receiverName\",\"message\":\"x\",\"code\":\"personal-details\"}]}")));
		MultiValueMap<String, String> form = filledIn();
		form.set("organisation", "");
		form.add("receiverName", "Call 012 345 678");
		form.add("receiverType", "POLICE");

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).containsPattern("id=\"receiverName-error\">[^<]+</p>")
			.contains("aria-invalid=\"true\" aria-describedby=\"receiverName-error\"");
	}

	@Test
	void shouldOfferTheSenderTheSheetAndToRecordTheirAnswerAndShowWhatWasRecordedByHand() {
		stubReferral(fixture("referral-off-platform.json"));

		String page = html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());
		String khmer = html(signedIn().get().uri("/referrals/" + ID + "?lang=km").exchange().expectStatus().isOk());

		assertThat(page)
			.contains("Off the platform", "href=\"/referrals/" + ID + "/sheet\"",
					"Handover sheet: print or save as PDF", "<h2 id=\"answer-heading\">Record their answer</h2>",
					"action=\"/referrals/" + ID + "/accept\"", ">They accepted</button>", ">They declined</button>",
					"Recorded by hand: kandal-ahtjp · Accepted")
			.doesNotContain("Record the outcome");
		assertThat(khmer).contains("ក្រៅវេទិកា", "កត់ត្រាចម្លើយរបស់ពួកគេ", "ពួកគេបានទទួលយក",
				"កត់ត្រាដោយដៃ៖ kandal-ahtjp · បានទទួលយក");
	}

	@Test
	void shouldOfferToRecordTheOutcomeOnceAccepted() {
		stubReferral(fixture("referral-off-platform.json")
			.replace("\"status\":\"REQUESTED\",\"stub\"", "\"status\":\"ACCEPTED\",\"stub\"")
			.replace("[\"accept\",\"decline\",", "[\"complete\",\"fail\","));

		String page = html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());

		assertThat(page)
			.contains("<h2 id=\"outcome-heading\">Record the outcome</h2>", ">Completed</button>",
					">Not completed</button>", "<option value=\"SERVICE_PROVIDED\">")
			.doesNotContain("Record their answer");
	}

	@Test
	void shouldPrintExactlyTheReferralsFieldsOnTheSheetInEnglish() {
		stubReferral(fixture("referral-off-platform.json"));

		String sheet = html(signedIn().get()
			.uri("/referrals/" + ID + "/sheet")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store")));

		assertThat(labels(sheet)).containsExactly("Case reference", "Sex", "Age", "Province", "Languages", "Urgency",
				"Risk", "Service", "Summary", "Consent given by", "Consent given on", "Covers", "Valid until",
				"Sending organisation", "Contact person", "Receiving organisation", "Date");
		assertThat(main(sheet))
			.contains("APLE-2026-0777", "Girl", "15 years", "Kandal", "Khmer, English",
					"Girl, 15, returned from a karaoke bar", "The child", "1 December 2026", "kandal-ahtjp", "aple",
					"Sophea Chan", "2 December 2026", "Print / Save as PDF", "<script src=\"/assets/print.js\" defer>")
			// nothing else: no timeline, no note, no actions, no username
			.doesNotContain("Officer on duty", "Timeline", "Recorded by hand", "<form", "sophea.aple");
	}

	@Test
	void shouldPrintTheSheetInKhmer() {
		stubReferral(fixture("referral-off-platform.json"));

		String sheet = html(
				signedIn().get().uri("/referrals/" + ID + "/sheet?lang=km").exchange().expectStatus().isOk());

		assertThat(labels(sheet)).hasSize(17)
			.startsWith("លេខយោងករណី")
			.contains("អង្គការបញ្ជូន", "អ្នកទំនាក់ទំនង", "អង្គការទទួល", "កាលបរិច្ឆេទ");
		assertThat(main(sheet)).contains("សន្លឹកផ្ទេរការបញ្ជូន", "ក្មេងស្រី", "APLE-2026-0777", "Sophea Chan");
	}

	@Test
	void shouldNameAReceiverNotInTheDirectoryWithItsTypeOnTheSheet() {
		stubReferral(fixture("referral-off-platform.json").replace(
				"\"receiver\":\"kandal-ahtjp\",\"lead\":\"aple\",\"offPlatform\":true,\"receiverName\":null,\"receiverType\":null",
				"\"receiver\":null,\"lead\":\"aple\",\"offPlatform\":true,\"receiverName\":\"Kandal Provincial Hospital\",\"receiverType\":\"HEALTH_FACILITY\""));

		String sheet = html(signedIn().get().uri("/referrals/" + ID + "/sheet").exchange().expectStatus().isOk());

		assertThat(main(sheet)).contains("<dd>Kandal Provincial Hospital (Health facility)</dd>");
	}

	@Test
	void shouldHaveNoSheetForAReferralOnThePlatform() {
		stubReferral(fixture("referral-requested.json").replace("5a1f0e2c-8d3b-4c7a-9e61-2b4d6f8a0c11", ID));

		signedIn().get().uri("/referrals/" + ID + "/sheet").exchange().expectStatus().isNotFound();
	}

	private static void stubReferral(String body) {
		referrals.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(body)));
	}

	private static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	/** The sheet's field labels, in order. */
	private static List<String> labels(String page) {
		Matcher dt = Pattern.compile("<dt>([^<]+)</dt>").matcher(main(page));
		List<String> labels = new ArrayList<>();
		while (dt.find()) {
			labels.add(dt.group(1));
		}
		return labels;
	}

	private static MultiValueMap<String, String> filledIn() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("offPlatform", "yes");
		form.add("organisation", "kandal-ahtjp");
		form.add("serviceType", "law-enforcement");
		form.add("idempotencyKey", "1c7f4d2e-3e5b-4a6c-8d9e-0f1a2b3c4d5e");
		form.add("caseReference", "APLE-2026-0777");
		form.add("age", "15");
		form.add("sex", "female");
		form.add("province", "KH-8");
		form.add("languages", "km");
		form.add("urgency", "HIGH");
		form.add("riskLevel", "HIGH");
		form.add("summary", "Wants the police to hear her account.");
		form.add("consent", "CHILD");
		form.add("consentDate", LocalDate.parse(NewReferralIntegrationTest.TODAY).minusDays(1).toString());
		return form;
	}

}
