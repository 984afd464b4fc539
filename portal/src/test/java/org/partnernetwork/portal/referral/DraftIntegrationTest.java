package org.partnernetwork.portal.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A referral saved as a draft: without consent, listed under Drafts, consent recorded on
 * its page, then sent or discarded.
 */
class DraftIntegrationTest extends PortalIntegrationTest {

	static final String ID = "7c2e9a41-3b5d-4e8f-a1c2-6d9e0b4f7a23";

	static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh")).minusDays(1).toString();

	@Test
	void shouldSaveADraftWithoutConsentAndNotSendIt() {
		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(fixture("referral-draft.json"))));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("organisation", "tdh-nl");
		form.add("serviceType", "psychosocial-counselling");
		form.add("idempotencyKey", "0b6f3c1e-2d4a-4f5b-9c8d-7e6f5a4b3c2d");
		form.add("caseReference", "APLE-2026-0142");
		form.add("age", "12");
		form.add("sex", "male");
		form.add("province", "KH-8");
		form.add("languages", "km");
		form.add("urgency", "HIGH");
		form.add("riskLevel", "MEDIUM");
		form.add("summary", "Sleeps badly since the flood.");
		form.add("draft", "yes");

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/referrals/" + ID + "?done=referral.drafted");

		referrals.verify(postRequestedFor(urlEqualTo("/api/referrals"))
			.withRequestBody(matchingJsonPath("$.send", equalTo("false")))
			.withRequestBody(matchingJsonPath("$.summary", equalTo("Sleeps badly since the flood.")))
			.withRequestBody(equalToJson("{\"consent\": null}", true, true)
				.or(com.github.tomakehurst.wiremock.client.WireMock.notContaining("givenBy"))));
	}

	@Test
	void shouldOfferSavingAsADraftOnTheNewReferralForm() {
		String page = html(signedIn().get()
			.uri("/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling&lang=km")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(page).contains("name=\"draft\" value=\"yes\"", "រក្សាទុកជាសេចក្តីព្រាង");
	}

	@Test
	void shouldListTheDraftsUnderTheirOwnTab() {
		referrals.stubFor(get(urlPathEqualTo("/api/referrals")).willReturn(okJson(fixture("referrals-incoming.json"))));

		String page = html(signedIn().get().uri("/referrals?box=drafts").exchange().expectStatus().isOk());

		referrals.verify(getRequestedFor(urlPathEqualTo("/api/referrals")).withQueryParam("box", equalTo("outgoing"))
			.withQueryParam("status", equalTo("DRAFT")));
		assertThat(page).contains("<a href=\"/referrals?box=drafts\" aria-current=\"page\">Drafts</a>",
				"Only your organisation sees them.", "To tdh-nl (draft)");
	}

	@Test
	void shouldShowADraftWithAConsentFormAndADiscardButton() {
		referrals.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(fixture("referral-draft.json"))));

		String page = html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());

		assertThat(page).contains("id=\"record-consent\"", "action=\"/referrals/" + ID + "/consent\"",
				">Discard the draft</button>", "/" + ID + "/send");
	}

	@Test
	void shouldRecordConsentOnTheDraftThenShowIt() {
		referrals.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(fixture("referral-draft.json"))));
		referrals.stubFor(put(urlEqualTo("/api/referrals/" + ID + "/consent"))
			.willReturn(okJson(fixture("referral-draft.json"))));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/consent")
			.body(BodyInserters.fromFormData("consent", "CAREGIVER")
				.with("assent", "yes")
				.with("consentDate", YESTERDAY))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/referrals/" + ID + "?done=referral.consentRecorded");

		referrals.verify(putRequestedFor(urlEqualTo("/api/referrals/" + ID + "/consent"))
			.withRequestBody(matchingJsonPath("$.givenBy", equalTo("CAREGIVER")))
			.withRequestBody(matchingJsonPath("$.childAssented", equalTo("true"))));
	}

	@Test
	void shouldSayWhatIsMissingFromConsentWithoutAskingTheService() {
		referrals.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(fixture("referral-draft.json"))));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/consent")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData("consent", "GUARDIAN").with("consentDate", YESTERDAY))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).contains("id=\"consent-error\"", "ត្រូវការការយល់ព្រមរបស់កុមារ");
		referrals.verify(0, putRequestedFor(anyUrl()));
	}

}
