package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;

/**
 * A coordinator in a real browser on a 360-pixel phone screen, through the platform as
 * {@code ./platform start} starts it: signs in with Keycloak's form, finds help for a
 * child, reads an organisation's page, switches to Khmer and signs out. Screenshots go to
 * {@code target/screenshots/find-help}; each page is checked as
 * {@link Portal.Screenshots} checks it. Needs Debian's {@code chromium} and
 * {@code chromium-driver}; skipped, saying so, where they are missing.
 */
class PortalBrowserEndToEndTest {

	@Test
	void shouldLetACoordinatorFindCounsellingForABoyInKandalInEnglishAndKhmerAndSignOut() throws Exception {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver "
				+ "(apt-get install chromium chromium-driver) to run it");
		String base = RunningPlatform.urls().gateway();
		var shots = new Portal.Screenshots("find-help");

		try (var phone = new Chromium(360, 800)) {
			phone.open(base + "/");
			Portal.enterCredentials(phone, DemoUser.SOPHEA);
			awaitUrl(phone, base + "/");
			assertThat(phone.source()).contains("sophea.aple", "aple");
			shots.take(phone, "signed-in");
			assertKeyboardReachesTheSkipLinkFirstAndShowsFocus(phone);

			phone.click("a.action[href='/find']");
			phone.click("#serviceType option[value='psychosocial-counselling']");
			phone.click("#province option[value='KH-8']");
			phone.type("#age", "12");
			phone.click("input[name='sex'][value='male']");
			phone.click("#find-submit");
			phone.await("#results a[href='/organisations/tdh-nl']");
			assertThat(phone.url()).as("htmx put the search in the address").contains("province=KH-8", "age=12");
			assertThat(phone.script("return window.innerWidth").asInt()).isEqualTo(360);
			shots.take(phone, "found");

			phone.click("#results a[href='/organisations/tdh-nl']");
			awaitUrl(phone, base + "/organisations/tdh-nl");
			assertThat(phone.source()).contains("Terre des Hommes Netherlands", "Psychosocial counselling");
			shots.take(phone, "organisation");

			phone.click("a.language");
			phone.await("html[lang='km']");
			assertThat(phone.source()).contains("តឺដេសហូម ហូឡង់", "ចាកចេញ");
			assertThat(Deadline.poll(Duration.ofSeconds(10), () -> phone.script(
					"return [...document.fonts].some(f => f.family.includes('Noto Sans Khmer') && f.status === 'loaded')")
				.asBoolean(), loaded -> loaded)).as("the shipped Khmer font is in use").isTrue();
			shots.take(phone, "khmer");

			assertNoTokenInTheBrowser(phone);
			phone.click(".who button[type='submit']");
			awaitUrl(phone, base + "/signed-out");
			assertThat(phone.source()).contains("អ្នកបានចាកចេញពី Partner Network ហើយ។");
			shots.take(phone, "signed-out");

			phone.open(base + "/find");
			phone.await("input[name='username']");
			assertThat(phone.url()).as("the Keycloak session ended too").startsWith(RunningPlatform.urls().realm());
		}
	}

	/**
	 * The session cookie holds a reference only: no cookie and nothing in the page's
	 * storage is a token, and htmx keeps no copies of pages (only the current address, in
	 * the tab's session storage).
	 */
	private static void assertNoTokenInTheBrowser(Chromium phone) {
		assertThat(phone.cookies().toString()).doesNotContain("eyJ");
		assertThat(phone.script("return localStorage.length").asInt()).isZero();
		assertThat(phone.script("return JSON.stringify(Object.assign({}, sessionStorage))").asString())
			.doesNotContain("eyJ", "htmx-history-cache");
		assertThat(phone.source()).doesNotContain("eyJ");
	}

	private static void assertKeyboardReachesTheSkipLinkFirstAndShowsFocus(Chromium phone) {
		phone.press(Chromium.TAB);
		assertThat(phone.script("return document.activeElement.className").asString()).isEqualTo("skip");
		assertThat(phone.script("return getComputedStyle(document.activeElement).outlineStyle").asString())
			.as("a visible focus outline")
			.isEqualTo("solid");
	}

	private static void awaitUrl(Chromium phone, String url) {
		assertThat(Deadline.poll(Duration.ofSeconds(20), phone::url, url::equals)).isEqualTo(url);
	}

}
