package org.partnernetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.HttpHeaders;

/**
 * What every page has: language, who is signed in, sign-out, protections a person never
 * sees.
 */
class LayoutIntegrationTest extends PortalIntegrationTest {

	@Test
	void shouldShowTheStartPageInEnglishWithWhoIsSignedInAndASignOutFormWithItsCsrfToken() {
		var response = signedIn().get().uri("/").exchange().expectStatus().isOk();
		String page = html(response);

		assertThat(page).contains("<html lang=\"en\">", "Skip to main content", "Signed in as",
				"<strong>sophea.aple</strong>", "<strong>aple</strong>", "Find help for a child");
		assertThat(page).containsPattern(
				"<form method=\"post\" action=\"/logout\"> <input type=\"hidden\" name=\"_csrf\" value=\"[\\w-]{20,}\">");
		assertThat(page).doesNotContain(ACCESS_TOKEN, ID_TOKEN);
	}

	@Test
	void shouldOfferEachPersonTheMenuOfTheirRoles() {
		String coordinator = html(signedIn().get().uri("/").exchange().expectStatus().isOk());
		String orgAdmin = html(signedInAs("sokha.aple", "Sokha", "aple", "org-admin", "supervisor").get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk());
		String networkAdmin = html(signedInAs("admin.network", "Network admin", null, "network-admin").get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(coordinator).contains("href=\"/find\"", "href=\"/referrals\"", "href=\"/training\"")
			.doesNotContain("href=\"/my-organisation\"", "href=\"/onboarding\"");
		assertThat(orgAdmin).contains("href=\"/my-organisation\"").doesNotContain("href=\"/onboarding\"");
		assertThat(networkAdmin).contains("href=\"/onboarding\"").doesNotContain("href=\"/my-organisation\"");
	}

	@Test
	void shouldSwitchToKhmerAndRememberTheChoice() {
		var switched = signedIn().get()
			.uri("/?lang=km")
			.exchange()
			.expectStatus()
			.isOk()
			.expectCookie()
			.value("lang", value -> assertThat(value).isEqualTo("km"))
			.expectCookie()
			.httpOnly("lang", true);
		assertThat(html(switched)).contains("<html lang=\"km\">", "បានចូលជា", "ចាកចេញ", "ស្វែងរកជំនួយសម្រាប់កុមារ")
			.contains("href=\"/?lang=en\"");

		String remembered = html(signedIn().get().uri("/find").cookie("lang", "km").exchange());
		assertThat(remembered).contains("<html lang=\"km\">", "ប្រភេទសេវា", "កណ្តាល");
	}

	@Test
	void shouldFollowTheBrowsersLanguageUntilOneIsChosen() {
		String page = html(signedIn().get().uri("/").header("Accept-Language", "km-KH,km;q=0.9,en;q=0.5").exchange());

		assertThat(page).contains("<html lang=\"km\">");
	}

	@Test
	void shouldNeverLetAPageBeStoredFramedOrRunForeignScripts() {
		signedIn().get()
			.uri("/find")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"))
			.expectHeader()
			.value("Content-Security-Policy",
					value -> assertThat(value).contains("script-src 'self'", "frame-ancestors 'none'"))
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY");
	}

	@Test
	void shouldSendAPersonWhoIsNotSignedInToTheSignIn() {
		signedOut().get()
			.uri("/find")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.value("Location",
					location -> assertThat(location)
						.startsWith("http://127.0.0.1:9/realms/partner-network/protocol/openid-connect/auth?")
						.contains("code_challenge_method=S256", "client_id=gateway", "response_type=code"));
	}

	@Test
	void shouldReloadThePageWhenAnHtmxSearchFindsTheSessionEnded() {
		var response = signedOut().get()
			.uri("/find?age=12")
			.header("Accept", "*/*")
			.header("HX-Request", "true")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("HX-Refresh", "true");

		assertThat(html(response)).as("nothing to swap into the page").isEmpty();
	}

	@Test
	void shouldSayGoodbyeInTheChosenLanguageWithoutASignIn() {
		String page = html(signedOut().get().uri("/signed-out?lang=km").exchange().expectStatus().isOk());

		assertThat(page).contains("អ្នកបានចាកចេញពី Partner Network ហើយ។", "ចូលម្តងទៀត").doesNotContain("/logout");
	}

}
