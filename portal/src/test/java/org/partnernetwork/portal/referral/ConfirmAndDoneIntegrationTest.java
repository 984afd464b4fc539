package org.partnernetwork.portal.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * After an action the page says what happened; cancelling and closing as not completed
 * look like what they are and are posted only once the person confirms.
 */
class ConfirmAndDoneIntegrationTest extends PortalIntegrationTest {

	private static final String ID = ReferralPagesIntegrationTest.ID;

	private static final String API = "/api/referrals/" + ID;

	@Test
	void shouldSayWhatWasJustDoneInEitherLanguageAndNothingForAnUnknownCode() {
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-requested.json"))));

		String accepted = html(
				signedIn().get().uri("/referrals/" + ID + "?done=referral.accepted").exchange().expectStatus().isOk());
		String sent = html(signedIn().get()
			.uri("/referrals/" + ID + "?done=referral.sent&lang=km")
			.exchange()
			.expectStatus()
			.isOk());
		String unknown = html(
				signedIn().get().uri("/referrals/" + ID + "?done=Sokha+is+12").exchange().expectStatus().isOk());

		assertThat(accepted).contains("<p class=\"saved\" role=\"status\" id=\"done\">You accepted the referral.</p>");
		assertThat(sent).contains("id=\"done\">ការបញ្ជូនត្រូវបានផ្ញើ។</p>");
		assertThat(unknown).as("only a known code is said, never text from the URL")
			.doesNotContain("id=\"done\"", ">Sokha is 12<");
	}

	@ParameterizedTest(name = "{0} is posted only when confirmed")
	@CsvSource({ "cancel, NO_LONGER_NEEDED, Tick the box to confirm: cancelling cannot be undone., referral.cancelled",
			"fail, MOVED_AWAY, Tick the box to confirm: closing as not completed cannot be undone., referral.failed" })
	void shouldPostAClosingActionOnlyOnceThePersonConfirmsIt(String action, String code, String sentence, String done) {
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-requested.json")
			.replace("\"actions\":[\"accept\",\"decline\"]", "\"actions\":[\"" + action + "\"]"))));
		referrals.stubFor(post(urlEqualTo(API + "/" + action)).willReturn(okJson(fixture("referral-requested.json"))));

		String offered = html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());
		String unconfirmed = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/" + action)
			.body(BodyInserters.fromFormData("code", code))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(offered).containsSubsequence("class=\"act danger\"", "id=\"act-" + action + "\"",
				"name=\"confirmed\" value=\"yes\" required", "cannot be undone.");
		assertThat(unconfirmed).containsSubsequence("id=\"act-" + action + "\"", sentence, "aria-invalid=\"true\"");
		referrals.verify(0, postRequestedFor(anyUrl()));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/" + ID + "/" + action)
			.body(BodyInserters.fromFormData("code", code).with("confirmed", "yes"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + ID + "?done=" + done);
		referrals.verify(1, postRequestedFor(urlEqualTo(API + "/" + action)));
	}

	@Test
	void shouldAskACoordinatorToConfirmInKhmerToo() {
		referrals.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("referral-requested.json")
			.replace("\"actions\":[\"accept\",\"decline\"]", "\"actions\":[\"fail\"]"))));

		String page = html(signedIn().get().uri("/referrals/" + ID + "?lang=km").exchange().expectStatus().isOk());

		assertThat(page).contains("សេវាមិនត្រូវបានបញ្ចប់ទេ។ ការបិទការបញ្ជូនមិនអាចត្រឡប់វិញបានទេ។",
				"បិទដោយមិនបានបញ្ចប់");
	}

}
