package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.partnernetwork.testsupport.DemoUser;

/**
 * What the portal's browser tests do on every page: sign in, read a status, take a
 * checked screenshot.
 */
final class Portal {

	static final Path SCREENSHOTS = ProjectRoot.find().resolve("e2e-tests/target/screenshots");

	private Portal() {
	}

	/**
	 * Opens the portal in the person's language (remembered by a cookie) and signs in
	 * with Keycloak's form.
	 */
	static void signIn(Chromium browser, String base, DemoUser user, String language) {
		browser.open(base + "/?lang=" + language);
		enterCredentials(browser, user);
		browser.await("html[lang='" + language + "'] .who");
		assertThat(browser.text()).contains(user.username());
	}

	/**
	 * Keycloak with Organizations asks for the username first, then for the password;
	 * supervisors and admins then type the one-time code of their authenticator app,
	 * which the test computes from the demo secret.
	 */
	static void enterCredentials(Chromium browser, DemoUser user) {
		browser.type("input[name='username']", user.username());
		if (browser.find("input[name='password']") == null) {
			browser.click("[type='submit']");
		}
		browser.type("input[name='password']", "demo");
		browser.click("[type='submit']");
		if (OneTimeCodes.asked(user.username())) {
			enterOneTimeCode(browser, OneTimeCodes.demoSecret(user.username()));
		}
	}

	/**
	 * Types a fresh code into Keycloak's one-time-code page, once more with the next one
	 * if it was refused.
	 */
	static void enterOneTimeCode(Chromium browser, String secret) {
		for (int attempt = 1; attempt <= 2; attempt++) {
			browser.type("input[name='otp']", OneTimeCodes.fresh(secret));
			browser.clickToNextPage("[type='submit']");
			if (browser.find("input[name='otp']") == null) {
				return;
			}
		}
		throw new AssertionError("Keycloak refused two one-time codes in a row:\n" + browser.text());
	}

	/**
	 * The referral's or placement's status as its page states it; empty while the page
	 * has none.
	 */
	static String status(Chromium browser) {
		return browser.script("var status = document.getElementById('status'); return status ? status.innerText : ''")
			.asString();
	}

	/**
	 * The most a page's HTML may weigh as sent: read in half a second on a 400 kbit/s
	 * provincial connection (the stylesheet, script and font come once and are cached for
	 * a week).
	 */
	static final long MAX_PAGE_BYTES = 25_000;

	/**
	 * Numbered screenshots of one story, in the order its pages were seen; each page is
	 * checked against the accessibility rules as it is taken, must fit the phone's
	 * screen, and is weighed as the browser received it.
	 */
	static final class Screenshots {

		private final Path folder;

		private int taken;

		Screenshots(String story) {
			this.folder = SCREENSHOTS.resolve(story);
		}

		void take(Chromium browser, String page) throws IOException {
			taken++;
			browser.screenshot(folder.resolve(String.format("%02d-%s.png", taken, page)));
			assertThat(Accessibility.violations(browser)).as("accessibility of " + page).isEmpty();
			assertThat(browser.script("return document.documentElement.scrollWidth").asInt())
				.as(page + ": nothing wider than the phone's screen")
				.isLessThanOrEqualTo(360);
			long html = browser
				.script("var page = performance.getEntriesByType('navigation')[0];"
						+ " return page ? page.encodedBodySize : 0")
				.asLong();
			long more = browser
				.script("return performance.getEntriesByType('resource')"
						+ ".reduce((sum, file) => sum + file.transferSize, 0)")
				.asLong();
			System.out.printf("[page weight] %s/%02d-%s: HTML %.1f KB, %.1f KB more fetched (%.2f s at 400 kbit/s)%n",
					folder.getFileName(), taken, page, html / 1000.0, more / 1000.0, (html + more) * 8 / 400_000.0);
			assertThat(html).as(page + ": the page's HTML as sent, in bytes").isPositive().isLessThan(MAX_PAGE_BYTES);
		}

	}

}
