package org.partnernetwork.portal.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Acting on a referral from its page: the form posts to referral-service's action with
 * the person's token, needs the page's CSRF token, sends the browser back to the
 * referral, and says plainly why a step was refused.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReferralActionsIntegrationTest extends PortalIntegrationTest {

	static final String ID = ReferralPagesIntegrationTest.ID;

	static final String API = "/api/referrals/" + ID;

	@BeforeEach
	void referralAnswers() {
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-requested.json"))));
	}

	@Test
	void shouldPostTheActionWithThePersonsTokenAndSendTheBrowserBackToTheReferral() {
		referrals.stubFor(post(urlEqualTo(API + "/decline")).willReturn(okJson(fixture("referral-requested.json"))));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/decline")
			.body(BodyInserters.fromFormData("code", "NO_CAPACITY").with("note", "Full until January."))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + ID + "?done=referral.declined");

		referrals.verify(postRequestedFor(urlEqualTo(API + "/decline"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withoutHeader("Cookie")
			.withRequestBody(equalToJson("{\"code\":\"NO_CAPACITY\",\"note\":\"Full until January.\"}")));
	}

	@Test
	void shouldRefuseAnActionWithoutThePagesCsrfToken() {
		referrals.stubFor(post(urlEqualTo(API + "/accept")).willReturn(okJson(fixture("referral-requested.json"))));

		signedIn().post()
			.uri("/referrals/" + ID + "/accept")
			.body(BodyInserters.fromFormData("note", ""))
			.exchange()
			.expectStatus()
			.isForbidden();
		signedIn().post()
			.uri("/referrals/" + ID + "/notes")
			.body(BodyInserters.fromFormData("note", "Called the family."))
			.exchange()
			.expectStatus()
			.isForbidden();

		referrals.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldSayBesideTheFormWhenSomeoneElseActedFirst() {
		referrals.stubFor(post(urlEqualTo(API + "/accept")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:conflict\",\"status\":409}")));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/accept")
			.body(BodyInserters.fromFormData("note", ""))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store")));

		assertThat(page).containsSubsequence("id=\"act-accept\"",
				"This step is no longer possible: the referral has changed since you opened it.", ">Accept</button>",
				"id=\"act-decline\"");
	}

	@Test
	void shouldSayItInKhmerToo() {
		referrals.stubFor(post(urlEqualTo(API + "/accept")).willReturn(aResponse().withStatus(409)));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/accept")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData("note", ""))
			.exchange()
			.expectStatus()
			.isEqualTo(409));

		assertThat(page).contains("ជំហាននេះលែងអាចធ្វើបានទៀតហើយ");
	}

	@Test
	void shouldSayBesideTheNoteThatItLooksPersonal() {
		referrals.stubFor(post(urlEqualTo(API + "/notes")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:validation\",\"status\":400,"
					+ "\"errors\":[{\"field\":\"text\",\"message\":\"looks like an e-mail address\","
					+ "\"code\":\"personal-details\"}]}")));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/notes")
			.body(BodyInserters.fromFormData("note", "Write to the aunt"))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).containsSubsequence("id=\"note-error\"",
				"A note must not identify the child or the family: remove phone numbers", "Write to the aunt");
	}

	@Test
	void shouldAskForAReasonBeforeDecliningWithoutCallingTheService() {
		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/decline")
			.body(BodyInserters.fromFormData("code", "").with("note", "Kept as typed"))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).containsSubsequence("id=\"act-decline\"", "Choose one from the list.", "aria-invalid=\"true\"",
				"Kept as typed");
		referrals.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldWithdrawConsentOnlyWhenThePersonConfirmsItCancelsTheReferral() {
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-requested.json")
			.replace("\"actions\":[\"accept\",\"decline\"]", "\"actions\":[\"cancel\",\"withdraw-consent\"]"))));
		referrals.stubFor(
				post(urlEqualTo(API + "/withdraw-consent")).willReturn(okJson(fixture("referral-requested.json"))));

		String offered = html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());
		String unconfirmed = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/withdraw-consent")
			.body(BodyInserters.fromFormData("note", "Grandmother called"))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(offered).containsSubsequence("id=\"act-withdraw-consent\"",
				"name=\"confirmed\" value=\"yes\" required", "This cancels the referral and cannot be undone.",
				">Consent was withdrawn</button>");
		assertThat(unconfirmed).containsSubsequence("id=\"act-withdraw-consent\"", "Grandmother called",
				"id=\"withdraw-consent-confirmed-error\"", "Tick the box to confirm that consent was withdrawn",
				"aria-invalid=\"true\"");
		referrals.verify(0, postRequestedFor(anyUrl()));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/withdraw-consent")
			.body(BodyInserters.fromFormData("note", "Grandmother called").with("confirmed", "yes"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + ID + "?done=referral.consentWithdrawn");
		referrals.verify(postRequestedFor(urlEqualTo(API + "/withdraw-consent"))
			.withRequestBody(equalToJson("{\"note\":\"Grandmother called\"}")));
	}

	@Test
	void shouldShowTheReferralServicesFieldRefusalBesideTheField() {
		referrals.stubFor(post(urlEqualTo(API + "/decline")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:validation\",\"status\":400,"
					+ "\"errors\":[{\"field\":\"note\",\"message\":\"size must be between 0 and 2000\"}]}")));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/decline")
			.body(BodyInserters.fromFormData("code", "OTHER").with("note", "x"))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).containsSubsequence("id=\"act-decline\"", "id=\"decline-note-error\"",
				"Write a note of at most 2,000 characters.");
	}

	@Test
	void shouldAddANoteAndShowNotFoundForAReferralThatIsNotTheirs() {
		referrals.stubFor(post(urlEqualTo(API + "/notes")).willReturn(okJson(fixture("referral-requested.json"))));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/notes")
			.body(BodyInserters.fromFormData("note", "Called the family."))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + ID + "?done=referral.noteAdded");
		referrals.verify(postRequestedFor(urlEqualTo(API + "/notes"))
			.withRequestBody(equalToJson("{\"text\":\"Called the family.\"}")));

		referrals.stubFor(post(urlEqualTo(API + "/start")).willReturn(aResponse().withStatus(404)));
		assertThat(html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/start")
			.body(BodyInserters.fromFormData("note", ""))
			.exchange()
			.expectStatus()
			.isNotFound())).contains("There is no referral at this address that you may see.");
	}

	@Test
	void shouldNeverLogTheChildsTextWhileShowingAndActingOnAReferral(CapturedOutput output) {
		referrals.stubFor(post(urlEqualTo(API + "/decline")).willReturn(aResponse().withStatus(409)));
		referrals.stubFor(post(urlEqualTo(API + "/notes")).willReturn(aResponse().withFixedDelay(3_000)));

		signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk();
		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/decline")
			.body(BodyInserters.fromFormData("code", "NO_CAPACITY").with("note", "Note-7f3a about the grandmother"))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/notes")
			.body(BodyInserters.fromFormData("note", "Note-9b1c the boy is afraid at night"))
			.exchange()
			.expectStatus()
			.isEqualTo(503);

		referrals.verify(anyRequestedFor(urlEqualTo(API + "/notes")));
		assertThat(output.getAll()).as("the timeout was logged, by its kind only")
			.contains("referral-service did not answer: TimeoutException")
			.doesNotContain("APLE-2026-0142", "Sleeps badly", "male counsellor", "Note-7f3a", "Note-9b1c",
					ACCESS_TOKEN);
	}

}
