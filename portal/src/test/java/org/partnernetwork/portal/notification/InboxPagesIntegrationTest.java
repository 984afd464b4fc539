package org.partnernetwork.portal.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.HttpHeaders;

/**
 * The person's inbox page and the unread count in every page's header, with WireMock as
 * notification-service, in either language.
 */
class InboxPagesIntegrationTest extends PortalIntegrationTest {

	static final String REFERRAL = "5a1f0e2c-8d3b-4c7a-9e61-2b4d6f8a0c11";

	static final String NOTIFICATION = "0b8e2f4a-6c1d-4e3f-9a7b-5d2c1e0f3a49";

	static final String INBOX = """
			{"items": [
			  {"id": "%s", "kind": "REFERRAL_RECEIVED", "organisation": "tdh-nl", "urgency": "EMERGENCY",
			   "link": "/referrals/%s", "createdAt": "2026-12-07T02:00:00Z", "readAt": null},
			  {"id": "1c9f3e5b-7d2e-4f40-8b8c-6e3d2f1a4b50", "kind": "SEAT_REQUEST_OFFERED", "organisation": "kandal-vtc",
			   "urgency": null, "link": "/training/placements/2d0a4f6c-8e3f-4051-9c9d-7f4e3a2b5c61",
			   "createdAt": "2026-12-06T02:00:00Z", "readAt": "2026-12-06T03:00:00Z"}],
			 "page": 0, "size": 20, "totalItems": 2, "totalPages": 1}"""
		.formatted(NOTIFICATION, REFERRAL);

	@BeforeEach
	void inboxAnswers() {
		notifications.stubFor(get(urlPathEqualTo("/api/notifications")).willReturn(okJson(INBOX)));
		notifications
			.stubFor(get(urlEqualTo("/api/notifications/email-status")).willReturn(okJson("{\"unreachable\": false}")));
	}

	@Test
	void shouldListWhatHappenedWithTheOrganisationUrgencyAndAnOpenButtonWithThePersonsToken() {
		String page = html(signedIn().get()
			.uri("/notifications")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store")));

		notifications.verify(getRequestedFor(urlPathEqualTo("/api/notifications")).withQueryParam("page", equalTo("0"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
		assertThat(page)
			.containsSubsequence("A new referral for your organisation", "New", "Emergency (answer within 24 hours)",
					"tdh-nl", "action=\"/notifications/" + NOTIFICATION + "/read\"",
					"A seat was offered for your request", "kandal-vtc")
			.contains("name=\"_csrf\"", "<a href=\"/notifications\">")
			.doesNotContain("We could not reach you by e-mail", ACCESS_TOKEN);
	}

	@Test
	void shouldShowTheInboxInKhmerAndSayWhenTheirEMailFailed() {
		notifications
			.stubFor(get(urlEqualTo("/api/notifications/email-status")).willReturn(okJson("{\"unreachable\": true}")));

		String page = html(signedIn().get().uri("/notifications?lang=km").exchange().expectStatus().isOk());

		assertThat(page).contains("<html lang=\"km\">", "ការបញ្ជូនករណីថ្មីសម្រាប់អង្គការរបស់អ្នក",
				"កន្លែងសិក្សាត្រូវបានផ្តល់ជូនសម្រាប់សំណើរបស់អ្នក", "យើងមិនអាចទាក់ទងអ្នកតាមអ៊ីមែលបានទេ");
	}

	@Test
	void shouldMarkANotificationReadAndOpenItsReferral() {
		notifications.stubFor(post(urlEqualTo("/api/notifications/" + NOTIFICATION + "/read")).willReturn(okJson("""
				{"id": "%s", "kind": "REFERRAL_RECEIVED", "organisation": "tdh-nl", "urgency": "EMERGENCY",
				 "link": "/referrals/%s", "createdAt": "2026-12-07T02:00:00Z", "readAt": "2026-12-07T03:00:00Z"}"""
			.formatted(NOTIFICATION, REFERRAL))));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/notifications/" + NOTIFICATION + "/read")
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/referrals/" + REFERRAL);

		notifications.verify(postRequestedFor(urlEqualTo("/api/notifications/" + NOTIFICATION + "/read"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
	}

	@Test
	void shouldNeverSendTheBrowserAnywhereButAPortalPage() {
		notifications.stubFor(post(urlEqualTo("/api/notifications/" + NOTIFICATION + "/read")).willReturn(okJson("""
				{"id": "%s", "kind": "REFERRAL_RECEIVED", "organisation": "tdh-nl", "urgency": null,
				 "link": "https://elsewhere.example.org/x", "createdAt": "2026-12-07T02:00:00Z"}"""
			.formatted(NOTIFICATION))));

		signedIn().mutateWith(csrf())
			.post()
			.uri("/notifications/" + NOTIFICATION + "/read")
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/notifications");
	}

	@Test
	void shouldShowTheUnreadCountInTheHeaderOnlyWhenSomethingIsUnread() {
		notifications.stubFor(get(urlEqualTo("/api/notifications/unread-count")).willReturn(okJson("{\"unread\": 3}")));
		String three = html(signedIn().get().uri("/notifications/unread").exchange().expectStatus().isOk());
		notifications.stubFor(get(urlEqualTo("/api/notifications/unread-count")).willReturn(okJson("{\"unread\": 0}")));
		String none = html(signedIn().get().uri("/notifications/unread").exchange().expectStatus().isOk());
		String anyPage = html(signedIn().get().uri("/notifications").exchange().expectStatus().isOk());

		assertThat(three.trim()).isEqualTo("<span class=\"count\" aria-label=\"3 unread\">3</span>");
		assertThat(none.trim()).isEmpty();
		assertThat(anyPage).contains("hx-get=\"/notifications/unread\" hx-trigger=\"load\"");
	}

	@Test
	void shouldSayPlainlyWhenNotificationsCannotBeShown() {
		notifications.stubFor(get(urlPathEqualTo("/api/notifications"))
			.willReturn(aResponse().withStatus(500).withBody("java.lang.IllegalStateException")));

		assertThat(html(signedIn().get().uri("/notifications").exchange().expectStatus().isEqualTo(503)))
			.contains("Notifications cannot be shown right now.")
			.doesNotContain("IllegalStateException");
	}

}
