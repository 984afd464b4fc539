package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;

/**
 * Supervisors, organisation admins and the network admin type a one-time code after their
 * password (TOTP, RFC 6238, computed here as their phone's app would); coordinators do
 * not. Someone newly given such a role sets up their app at the next sign-in. The demo
 * realm's password grant (partner-cli) still gives every demo user a token without a
 * code: scripts and tests only, never in the production realm.
 */
class SecondFactorEndToEndTest {

	private String base;

	private String realm;

	@BeforeEach
	void browserInstalled() {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver");
		base = RunningPlatform.urls().gateway();
		realm = RunningPlatform.urls().realm();
	}

	@Test
	void shouldAskASupervisorForTheCodeRefuseAWrongOneAndLetTheRightOneIn() throws Exception {
		String secret = OneTimeCodes.demoSecret(DemoUser.SOKHA.username());
		try (var phone = new Chromium(360, 800)) {
			phone.open(base + "/?lang=en");
			phone.type("input[name='username']", DemoUser.SOKHA.username());
			phone.clickToNextPage("[type='submit']");
			phone.type("input[name='password']", "demo");
			phone.clickToNextPage("[type='submit']");

			phone.await("input[name='otp'][autocomplete='one-time-code']");
			assertThat(phone.url()).as("still at Keycloak: no portal page without the code").startsWith(realm);
			assertThat(phone.text()).contains("Your one-time code", "sokha.aple");
			Portal.SCREENSHOTS.toFile().mkdirs();
			phone.screenshot(Portal.SCREENSHOTS.resolve("sign-in/otp-en.png"));

			phone.type("input[name='otp']", wrongCode(secret));
			phone.clickToNextPage("[type='submit']");
			assertThat(phone.text()).contains("That code is wrong or has run out.");
			assertThat(phone.find("input[name='otp'][aria-invalid='true']")).isNotNull();

			Portal.enterOneTimeCode(phone, secret);
			phone.await(".who");
			assertThat(phone.url()).startsWith(base);
			assertThat(phone.text()).contains("sokha.aple");
		}
	}

	@Test
	void shouldLetACoordinatorInWithThePasswordAlone() throws Exception {
		try (var phone = new Chromium(360, 800)) {
			phone.open(base + "/");
			Portal.enterCredentials(phone, DemoUser.DARA);
			phone.await(".who");
			assertThat(phone.text()).contains("dara.tdh");
		}
	}

	@Test
	void shouldHaveANewOrgAdminSetUpTheirAppAtTheFirstSignInThenAskForItsCodes() throws Exception {
		RealmAdmin admin = new RealmAdmin();
		String username = RealmAdmin.unique("e2e-org-admin");
		admin.createUser(username, "a long test password", List.of("org-admin"));

		try (var phone = new Chromium(360, 800)) {
			phone.open(base + "/?lang=en");
			signInWithPassword(phone, username, "a long test password");

			phone.await("#kc-totp-secret-qr-code");
			assertThat(phone.text()).contains("Set up your one-time codes", "Your role needs a one-time code");
			assertThat(PasswordResetEndToEndTest.fontInUse(phone, "Noto Sans Khmer Label"))
				.as("the language switch's Khmer word from the small subset")
				.isTrue();
			assertThat(phone
				.script("return [...document.fonts].filter(font => font.status !== 'unloaded')"
						+ ".map(font => font.family.replaceAll('\"', ''))")
				.toString()).as("not the whole Khmer font, on an English page").doesNotContain("Noto Sans Khmer\"");
			phone.screenshot(Portal.SCREENSHOTS.resolve("sign-in/configure-otp-en.png"));
			phone.clickToNextPage("#mode-manual");
			String key = phone.script("return document.getElementById('kc-totp-secret-key').innerText").asString();
			byte[] secret = OneTimeCodes.base32(key);
			phone.type("#totp", OneTimeCodes.code(secret, OneTimeCodes.step(Instant.now())));
			phone.type("#userLabel", "work phone");
			phone.clickToNextPage("[type='submit']");
			phone.await(".who");
			assertThat(phone.text()).contains(username);

			phone.click(".who button[type='submit']");
			Deadline.poll(java.time.Duration.ofSeconds(20), phone::url, url -> url.startsWith(base + "/signed-out"));
			phone.open(base + "/");
			signInWithPassword(phone, username, "a long test password");
			phone.await("input[name='otp']");
			Portal.enterOneTimeCode(phone, new String(secret, StandardCharsets.ISO_8859_1));
			phone.await(".who");
		}
	}

	@Test
	void shouldStillGiveTheDemoRealmsPasswordGrantToSupervisorsAndAdminsWithoutACode() {
		for (DemoUser user : List.of(DemoUser.SOKHA, DemoUser.ADMIN_NETWORK)) {
			assertThat(RunningPlatform.passwordGrant(user)).as(user.username()).startsWith("eyJ");
		}
	}

	private static void signInWithPassword(Chromium phone, String username, String password) {
		phone.type("input[name='username']", username);
		phone.clickToNextPage("[type='submit']");
		phone.type("input[name='password']", password);
		phone.clickToNextPage("[type='submit']");
	}

	/**
	 * A code that is none of those Keycloak accepts now (the current step and one either
	 * side).
	 */
	private static String wrongCode(String secret) {
		long step = OneTimeCodes.step(Instant.now());
		byte[] key = secret.getBytes(StandardCharsets.UTF_8);
		List<String> valid = List.of(OneTimeCodes.code(key, step - 1), OneTimeCodes.code(key, step),
				OneTimeCodes.code(key, step + 1), OneTimeCodes.code(key, step + 2));
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (!valid.contains(code)) {
				return code;
			}
		}
	}

}
