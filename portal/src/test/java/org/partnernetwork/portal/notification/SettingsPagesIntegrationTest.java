package org.partnernetwork.portal.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The notification settings page, with WireMock as notification-service, in either
 * language: channels, language and quiet hours saved with the person's token, the
 * service's refusals said beside their fields, and linking Telegram with a one-time code.
 */
class SettingsPagesIntegrationTest extends PortalIntegrationTest {

	private static final String PREFERENCES = "/api/notifications/preferences";

	private static final String TELEGRAM = "/api/notifications/telegram";

	private static final String MINE = """
			{"inbox": true, "email": true, "telegram": false, "telegramLinked": false, "language": null,
			 "quietFrom": "21:00", "quietTo": "07:00"}""";

	@BeforeEach
	void serviceAnswers() {
		notifications.stubFor(get(urlEqualTo(PREFERENCES)).willReturn(okJson(MINE)));
		notifications.stubFor(get(urlEqualTo(TELEGRAM)).willReturn(okJson("""
				{"available": true, "botName": "PartnerNetworkBot", "linked": false, "unreachable": false}""")));
	}

	@Test
	void shouldShowMyChannelsLanguageAndQuietHoursAndTheWayToLinkTelegram() {
		String page = html(signedIn().get().uri("/notifications/settings").exchange().expectStatus().isOk());

		assertThat(page)
			.containsSubsequence("Notification settings", "Everything is always in your notifications",
					"name=\"email\" value=\"yes\" checked", "name=\"telegram\"", "disabled",
					"Link your Telegram below first.", "As in my account", "value=\"21:00\"", "value=\"07:00\"",
					"Link my Telegram")
			.contains("name=\"_csrf\"", "href=\"/notifications/settings\"");
	}

	@Test
	void shouldShowTheSettingsInKhmer() {
		String page = html(signedIn().get().uri("/notifications/settings?lang=km").exchange().expectStatus().isOk());

		assertThat(page).contains("<html lang=\"km\">", "ការកំណត់ការជូនដំណឹង", "ម៉ោងស្ងាត់ (ម៉ោងកម្ពុជា)",
				"ភ្ជាប់ Telegram របស់ខ្ញុំ");
	}

	@Test
	void shouldSaveTheSettingsWithThePersonsTokenAndSaySo() {
		notifications.stubFor(put(urlEqualTo(PREFERENCES)).willReturn(okJson(MINE)));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/notifications/settings")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("language", "km").with("quietFrom", "22:00").with("quietTo", "06:30"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/notifications/settings?saved");

		notifications.verify(putRequestedFor(urlEqualTo(PREFERENCES))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withRequestBody(equalToJson(
					"""
							{"email": false, "telegram": false, "language": "km", "quietFrom": "22:00", "quietTo": "06:30"}""")));
		assertThat(html(signedIn().get().uri("/notifications/settings?saved").exchange().expectStatus().isOk()))
			.contains("Your settings are saved.");
	}

	@Test
	void shouldSayBesideEachFieldWhatTheServiceRefused() {
		notifications.stubFor(put(urlEqualTo(PREFERENCES)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(
					"""
							{"type": "urn:partner-network:problem:validation", "status": 400,
							 "errors": [{"field": "quietTo", "message": "quiet hours need both a start and an end"},
							            {"field": "telegram", "message": "can be switched on once a Telegram chat is linked"}]}""")));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/notifications/settings")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("email", "yes").with("telegram", "yes").with("quietFrom", "22:00"))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page)
			.contains("Some settings could not be saved.", "Link your Telegram before you switch it on.",
					"Give the end as a time of day different from the start", "value=\"22:00\"")
			.doesNotContain("Give the start as a time of day");
	}

	@Test
	void shouldShowAOneTimeCodeToSendTheBot() {
		notifications.stubFor(post(urlEqualTo(TELEGRAM + "/code")).willReturn(okJson("""
				{"code": "K7Q2M9XP", "botName": "PartnerNetworkBot", "expiresAt": "2026-12-07T05:15:00Z"}""")));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/notifications/settings/telegram/code")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(page).contains("send this message to @PartnerNetworkBot", "/start K7Q2M9XP",
				"The code works once, for 15 minutes.");
	}

	@Test
	void shouldUnlinkTelegramAndSayWhenItCouldNotReachThePerson() {
		notifications.stubFor(get(urlEqualTo(TELEGRAM)).willReturn(okJson("""
				{"available": true, "botName": "PartnerNetworkBot", "linked": true, "unreachable": true}""")));
		notifications.stubFor(delete(urlEqualTo(TELEGRAM)).willReturn(okJson("""
				{"available": true, "botName": "PartnerNetworkBot", "linked": false, "unreachable": false}""")));

		assertThat(html(signedIn().get().uri("/notifications/settings").exchange().expectStatus().isOk()))
			.contains("We could not reach you on Telegram.", "Unlink Telegram");
		signedIn().mutateWith(csrf())
			.post()
			.uri("/notifications/settings/telegram/unlink")
			.exchange()
			.expectStatus()
			.isSeeOther();
		notifications.verify(deleteRequestedFor(urlEqualTo(TELEGRAM)));
	}

	@Test
	void shouldSayWhenThePlatformHasNoTelegram() {
		notifications.stubFor(get(urlEqualTo(TELEGRAM)).willReturn(okJson("""
				{"available": false, "botName": null, "linked": false, "unreachable": false}""")));

		assertThat(html(signedIn().get().uri("/notifications/settings").exchange().expectStatus().isOk()))
			.contains("This platform does not send Telegram messages.")
			.doesNotContain("Link my Telegram");
	}

}
