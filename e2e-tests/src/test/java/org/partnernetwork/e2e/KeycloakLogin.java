package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;

import org.partnernetwork.testsupport.DemoUser;

/** A person signing in through the gateway with Keycloak's login form, step by step. */
final class KeycloakLogin {

	private KeycloakLogin() {
	}

	/**
	 * Opens the portal, is sent to Keycloak, and fills in the form (Keycloak with
	 * Organizations asks for the username first, then for the password, then supervisors
	 * and admins for a one-time code); answers Keycloak's redirect back to the gateway,
	 * not followed.
	 */
	static Browser.Page signInUpToTheCallback(Browser browser, String gatewayBase, DemoUser user) {
		Browser.Page page = browser.follow(browser.get(gatewayBase + "/"));
		for (int step = 0; step < 4 && page.status() == 200; step++) {
			if (browser.hasFormField(page, "otp")) {
				page = browser.submitForm(page,
						Map.of("otp", OneTimeCodes.fresh(OneTimeCodes.demoSecret(user.username()))));
				continue;
			}
			page = browser.submitForm(page, browser.hasFormField(page, "password")
					? Map.of("username", user.username(), "password", "demo") : Map.of("username", user.username()));
		}
		assertThat(page.isRedirect()).as("Keycloak accepted the login:\n%s", page.body()).isTrue();
		assertThat(page.location()).contains("/login/oauth2/code/");
		return page;
	}

	/**
	 * Whether a password grant fails because Keycloak cannot be reached (rather than
	 * waiting for it).
	 */
	static boolean passwordGrantFails(FaultPlatform faults, DemoUser user) {
		try {
			faults.requestToken(user, Duration.ofSeconds(10));
			return false;
		}
		catch (UncheckedIOException ex) {
			return ex.getCause() instanceof ConnectException;
		}
	}

	/**
	 * Whether following the gateway's redirect to Keycloak fails because Keycloak cannot
	 * be reached.
	 */
	static boolean unreachable(Browser browser, Browser.Page redirect) {
		try {
			browser.get(redirect.uri().resolve(redirect.location()).toString());
			return false;
		}
		catch (UncheckedIOException ex) {
			return ex.getCause() instanceof ConnectException;
		}
	}

	/**
	 * A page a person can read: the sign-in service is unavailable now, with no error
	 * page or stack trace.
	 */
	static void assertClearlyUnavailable(Browser.Page answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(503);
		assertThat(answer.body()).as("a page saying so in the browser")
			.contains("<h1>Sign-in unavailable</h1>",
					"sign-in service, is not answering, so you could not be signed in.")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception")
			.doesNotContain("Invalid credentials");
	}

}
