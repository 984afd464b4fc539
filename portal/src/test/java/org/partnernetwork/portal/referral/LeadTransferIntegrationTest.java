package org.partnernetwork.portal.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The lead of a case in the portal: a coordinator offers it on the new-referral form, the
 * receiver sees the offer and who leads once it is accepted; a receiver's supervisor asks
 * for it, the lead organisation sees the open request and accepts or refuses; each step
 * says what happened. In English and Khmer.
 */
class LeadTransferIntegrationTest extends PortalIntegrationTest {

	static final String ID = ReferralPagesIntegrationTest.ID;

	static final String API = "/api/referrals/" + ID;

	@Test
	void shouldLetTheCoordinatorChooseToHandOverTheLeadOnTheNewReferralForm() {
		String english = html(signedIn().get()
			.uri("/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling")
			.exchange()
			.expectStatus()
			.isOk());
		String khmer = html(signedIn().get()
			.uri("/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling&lang=km")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(english)
			.contains("What you ask of them", "Ask for this service", "Hand over the lead of the case",
					"hand over the lead and, once they accept, they lead the case and you only follow its status.")
			.containsPattern("<input type=\"radio\" name=\"kind\" value=\"SERVICE\" checked=\"checked\"");
		assertThat(khmer).contains("ស្នើសុំសេវានេះ", "ផ្ទេរការដឹកនាំករណី");

		referrals.stubFor(post(urlEqualTo("/api/referrals")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(fixture("referral-transfer-offered.json"))));
		MultiValueMap<String, String> form = filledIn();
		form.add("kind", "TRANSFER");
		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther();
		referrals.verify(postRequestedFor(urlEqualTo("/api/referrals"))
			.withRequestBody(matchingJsonPath("$.kind", equalTo("TRANSFER"))));
	}

	@Test
	void shouldRefuseAKindThatIsNeitherAndSendNothing() {
		MultiValueMap<String, String> form = filledIn();
		form.add("kind", "LEAD");

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).containsSubsequence("<fieldset class=\"field invalid\" id=\"kind\"", "Choose one.");
		referrals.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldShowTheReceiverThatItIsOfferedTheLead() {
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-transfer-offered.json"))));

		String english = html(dara().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());
		String khmer = html(dara().get().uri("/referrals/" + ID + "?lang=km").exchange().expectStatus().isOk());

		assertThat(english).contains("Hands over the lead of the case",
				"This is an offer to hand over the lead of the case: if you accept, your organisation leads it",
				"aple leads this case.", "id=\"act-accept\"", "id=\"act-decline\"");
		assertThat(khmer).contains("ផ្ទេរការដឹកនាំករណី", "នេះជាការស្នើផ្ទេរការដឹកនាំករណី", "aple ដឹកនាំករណីនេះ។");
	}

	@Test
	void shouldSayWhoLeadsTheCaseOnceTheReceiverAcceptsTheTransfer() {
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-transfer-accepted.json"))));
		referrals
			.stubFor(post(urlEqualTo(API + "/accept")).willReturn(okJson(fixture("referral-transfer-accepted.json"))));

		dara().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/accept")
			.body(BodyInserters.fromFormData("note", ""))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + ID + "?done=accept-transfer");
		String english = html(
				dara().get().uri("/referrals/" + ID + "?done=accept-transfer").exchange().expectStatus().isOk());
		String khmer = html(dara().get()
			.uri("/referrals/" + ID + "?done=accept-transfer&lang=km")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(english).contains("You accepted the transfer: tdh-nl now leads this case.",
				"tdh-nl leads this case.", "tdh-nl now leads this case</strong>");
		assertThat(khmer).contains("អ្នកបានទទួលយកការផ្ទេរ៖ tdh-nl ឥឡូវដឹកនាំករណីនេះ។",
				"tdh-nl ឥឡូវដឹកនាំករណីនេះ</strong>");
		assertThat(html(dara().get().uri("/referrals/" + ID + "?done=anything").exchange().expectStatus().isOk()))
			.doesNotContain("id=\"done\"")
			.contains("id=\"add-note\"");
		// the sender's view: referral-service offers the former lead no action
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-transfer-accepted.json")
			.replaceAll("\"actions\": \\[[^\\]]*\\]", "\"actions\": []"))));
		assertThat(html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk()))
			.as("the former lead follows the status, no more notes")
			.contains("tdh-nl leads this case.")
			.doesNotContain("id=\"add-note\"", "id=\"actions-heading\"");
	}

	@Test
	void shouldLetTheReceiversSupervisorAskToLeadTheCaseWithAReason() {
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-accepted-service.json"))));
		referrals.stubFor(
				post(urlEqualTo(API + "/lead-request")).willReturn(okJson(fixture("referral-accepted-service.json"))));

		assertThat(html(tdhSupervisor().get().uri("/referrals/" + ID).exchange().expectStatus().isOk())).contains(
				"id=\"act-ask-lead\"", "Why your organisation should lead the case", "We see the child most often",
				"Ask to lead this case");
		String refused = html(tdhSupervisor().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/ask-lead")
			.body(BodyInserters.fromFormData("code", "").with("note", ""))
			.exchange()
			.expectStatus()
			.isBadRequest());
		assertThat(refused).containsSubsequence("id=\"act-ask-lead\"", "id=\"ask-lead-code-error\"",
				"Choose one from the list.");
		referrals.verify(0, postRequestedFor(anyUrl()));

		tdhSupervisor().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/ask-lead")
			.body(BodyInserters.fromFormData("code", "WE_SEE_THE_CHILD_MOST").with("note", "Weekly visits."))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + ID + "?done=ask-lead");
		referrals.verify(postRequestedFor(urlEqualTo(API + "/lead-request"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withRequestBody(equalToJson("{\"code\":\"WE_SEE_THE_CHILD_MOST\",\"note\":\"Weekly visits.\"}")));
		assertThat(
				html(tdhSupervisor().get().uri("/referrals/" + ID + "?done=ask-lead").exchange().expectStatus().isOk()))
			.contains("Your request to lead this case was sent. aple, which leads it now, will accept or refuse it.");
	}

	@Test
	void shouldSayBesideTheFormWhenAnotherRequestIsAlreadyOpen() {
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-accepted-service.json"))));
		referrals.stubFor(post(urlEqualTo(API + "/lead-request")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:lead-request-open\",\"status\":409}")));

		String page = html(tdhSupervisor().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/ask-lead")
			.body(BodyInserters.fromFormData("code", "OTHER"))
			.exchange()
			.expectStatus()
			.isEqualTo(409));

		assertThat(page).containsSubsequence("id=\"act-ask-lead\"", "This step is no longer possible");
	}

	@Test
	void shouldShowTheLeadOrganisationTheOpenRequestToAcceptOrRefuse() {
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-lead-requested.json"))));
		referrals.stubFor(post(urlEqualTo(API + "/lead-request/accept"))
			.willReturn(okJson(fixture("referral-lead-requested.json"))));
		referrals.stubFor(post(urlEqualTo(API + "/lead-request/refuse"))
			.willReturn(okJson(fixture("referral-lead-requested.json"))));

		String english = html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());
		String khmer = html(signedIn().get().uri("/referrals/" + ID + "?lang=km").exchange().expectStatus().isOk());
		assertThat(english).containsSubsequence("tdh-nl asks to lead this case", "We see the child most often",
				"supervisor.tdh", "Accept to hand them the lead of the case, or refuse and say why.",
				"id=\"act-accept-lead\"", "Accept: they lead the case", "id=\"act-refuse-lead\"",
				"Why you keep the lead", "Refuse the request", "Asked to lead the case");
		assertThat(khmer).contains("tdh-nl ស្នើសុំដឹកនាំករណីនេះ", "ទទួលយក៖ ពួកគេដឹកនាំករណី", "បដិសេធសំណើ");

		assertThat(html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/refuse-lead")
			.body(BodyInserters.fromFormData("note", ""))
			.exchange()
			.expectStatus()
			.isBadRequest())).containsSubsequence("id=\"act-refuse-lead\"", "Choose one from the list.");
		referrals.verify(0, postRequestedFor(anyUrl()));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/refuse-lead")
			.body(BodyInserters.fromFormData("code", "DISCUSS_FIRST"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + ID + "?done=refuse-lead");
		referrals.verify(postRequestedFor(urlEqualTo(API + "/lead-request/refuse"))
			.withRequestBody(equalToJson("{\"code\":\"DISCUSS_FIRST\"}")));
		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/accept-lead")
			.body(BodyInserters.fromFormData("note", ""))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + ID + "?done=accept-lead");
		referrals.verify(postRequestedFor(urlEqualTo(API + "/lead-request/accept")).withRequestBody(equalToJson("{}")));

		assertThat(
				html(signedIn().get().uri("/referrals/" + ID + "?done=refuse-lead").exchange().expectStatus().isOk()))
			.contains("You refused the request: aple keeps leading this case.");
		assertThat(html(signedIn().get()
			.uri("/referrals/" + ID + "?done=accept-lead&lang=km")
			.exchange()
			.expectStatus()
			.isOk())).contains("អ្នកបានទទួលយក៖ aple ឥឡូវដឹកនាំករណីនេះ។");
	}

	private WebTestClient dara() {
		return signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator");
	}

	private WebTestClient tdhSupervisor() {
		return signedInAs("supervisor.tdh", "Sreyneang", "tdh-nl", "supervisor");
	}

	private static MultiValueMap<String, String> filledIn() {
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
		form.add("consent", "CAREGIVER");
		form.add("assent", "yes");
		form.add("consentDate", LocalDate.now(ZoneId.of("Asia/Phnom_Penh")).minusDays(1).toString());
		return form;
	}

}
