package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.partnernetwork.testsupport.DemoUser;

/** What the portal's browser tests do on every page: sign in, read a status, take a checked screenshot. */
final class Portal {

	static final Path SCREENSHOTS = ProjectRoot.find().resolve("e2e-tests/target/screenshots");

	private Portal() {
	}

	/** Opens the portal in the person's language (remembered by a cookie) and signs in with Keycloak's form. */
	static void signIn(Chromium browser, String base, DemoUser user, String language) {
		browser.open(base + "/?lang=" + language);
		enterCredentials(browser, user);
		browser.await("html[lang='" + language + "'] .who");
		assertThat(browser.text()).contains(user.username());
	}

	/** Keycloak with Organizations asks for the username first, then for the password. */
	static void enterCredentials(Chromium browser, DemoUser user) {
		browser.type("input[name='username']", user.username());
		if (browser.find("input[name='password']") == null) {
			browser.click("[type='submit']");
		}
		browser.type("input[name='password']", "demo");
		browser.click("[type='submit']");
	}

	/** The referral's or placement's status as its page states it; empty while the page has none. */
	static String status(Chromium browser) {
		return browser.script("var status = document.getElementById('status'); return status ? status.innerText : ''")
			.asString();
	}

	/**
	 * Numbered screenshots of one story, in the order its pages were seen; each page is checked against the
	 * accessibility rules as it is taken, and must fit the phone's screen.
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
				.as(page + ": nothing wider than the phone's screen").isLessThanOrEqualTo(360);
		}
	}
}
