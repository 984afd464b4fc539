package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnernetwork.launcher.Mail;

/**
 * A coordinator who forgot their password asks for a new one on the sign-in page ("Forgot
 * your password?"), in Khmer, follows the link in the e-mail Keycloak sends through the
 * platform's SMTP server (GreenMail, on loopback), makes a new password and is in the
 * portal; the old password no longer works, the new one does.
 */
class PasswordResetEndToEndTest {

	@Test
	void shouldLetAPersonMakeANewPasswordThroughTheLinkInTheirEmail() throws Exception {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver");
		String base = RunningPlatform.urls().gateway();
		RealmAdmin admin = new RealmAdmin();
		String username = RealmAdmin.unique("e2e-forgetful");
		admin.createUser(username, "the old password", List.of("coordinator"));

		try (var phone = new Chromium(360, 800)) {
			phone.open(base + "/");
			phone.clickToNextPage("#language-km");
			assertThat(phone.script("return document.documentElement.lang").asString()).isEqualTo("km");
			assertThat(phone.text()).contains("ចូលគណនី", "ឈ្មោះអ្នកប្រើ ឬអ៊ីមែល");
			phone.type("input[name='username']", username);
			phone.clickToNextPage("[type='submit']");
			phone.clickToNextPage("#forgot-password");
			assertThat(phone.text()).contains("ភ្លេចពាក្យសម្ងាត់?");
			assertThat(fontInUse(phone, "Noto Sans Khmer")).as("the theme's Khmer font draws the page").isTrue();
			phone.screenshot(Portal.SCREENSHOTS.resolve("sign-in/forgot-password-km.png"));

			phone.type("input[name='username']", username);
			phone.clickToNextPage("[type='submit']");
			assertThat(phone.text()).contains("សូមពិនិត្យប្រអប់សំបុត្ររបស់អ្នក។");

			Mail mail = Deadline.poll(Duration.ofSeconds(20), () -> mailTo(username), found -> found != null);
			assertThat(mail).as("an e-mail to " + username).isNotNull();
			String link = mail.links()
				.stream()
				.filter(url -> url.contains("/login-actions/action-token"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No reset link in:\n" + mail.text()));
			assertThat(link).startsWith(RunningPlatform.urls().realm());

			phone.open(link);
			phone.await("input[name='password-new']");
			assertThat(phone.text()).contains("បង្កើតពាក្យសម្ងាត់ថ្មី");
			phone.screenshot(Portal.SCREENSHOTS.resolve("sign-in/new-password-km.png"));
			phone.type("input[name='password-new']", "a brand new password");
			phone.type("input[name='password-confirm']", "a brand new password");
			phone.clickToNextPage("[type='submit']");
			phone.await(".who");
			assertThat(phone.text()).contains(username);
			assertThat(phone.script("return document.documentElement.lang").asString())
				.as("the portal in the language chosen at sign-in")
				.isIn("km", "en");

			phone.click(".who button[type='submit']");
			Deadline.poll(Duration.ofSeconds(20), phone::url, url -> url.startsWith(base + "/signed-out"));
			phone.open(base + "/");
			phone.type("input[name='username']", username);
			phone.clickToNextPage("[type='submit']");
			phone.type("input[name='password']", "the old password");
			phone.clickToNextPage("[type='submit']");
			assertThat(phone.find("input[name='password'][aria-invalid='true']")).as("the old password is refused")
				.isNotNull();
			phone.type("input[name='password']", "a brand new password");
			phone.clickToNextPage("[type='submit']");
			phone.await(".who");
		}
	}

	/**
	 * Whether a font of that family has loaded and is in use (the page's text asked for
	 * it).
	 */
	static boolean fontInUse(Chromium phone, String family) {
		return Deadline.poll(Duration.ofSeconds(10),
				() -> phone
					.script("return [...document.fonts].some(font => " + "font.family.replaceAll('\"', '') === '"
							+ family + "' && font.status === 'loaded')")
					.asBoolean(),
				loaded -> loaded);
	}

	private static Mail mailTo(String username) {
		return RunningPlatform.get()
			.mails()
			.stream()
			.filter(mail -> mail.to().contains(username + "@example.org"))
			.reduce((first, last) -> last)
			.orElse(null);
	}

}
