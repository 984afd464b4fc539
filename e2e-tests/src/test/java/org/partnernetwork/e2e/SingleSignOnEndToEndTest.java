package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * The chain a partner relies on, with the real Keycloak server, MariaDB, the three
 * services and the gateway: tokens from Keycloak reach the directory through the gateway,
 * and a person signs in with a browser, calls the API with the session cookie only, and
 * signs out of Keycloak too.
 */
class SingleSignOnEndToEndTest {

	static HttpApi gateway;

	@BeforeAll
	static void startPlatform() {
		gateway = new HttpApi(RunningPlatform.urls().gateway());
	}

	@Nested
	class ApiClients {

		@Test
		void shouldReadWhoTheCallerIsWithAKeycloakToken() {
			Response me = gateway.get("/api/me", RunningPlatform.passwordGrant(DemoUser.SOPHEA));

			assertThat(me.status()).isEqualTo(200);
			assertThat(me.json().get("username").asString()).isEqualTo("sophea.aple");
			assertThat(me.json().get("organisation").asString()).isEqualTo("aple");
			assertThat(me.json().get("roles").toString()).contains("coordinator");
		}

		@Test
		void shouldReadTheDirectoryThroughTheGateway() {
			String token = RunningPlatform.passwordGrant(DemoUser.SOPHEA);

			Response directory = gateway.get("/api/organisations", token);
			Response shelter = gateway.get("/api/organisations/mekong-youth", token);

			assertThat(directory.status()).isEqualTo(200);
			assertThat(directory.json().get("items").toString()).contains("\"aple\"", "\"tdh-nl\"", "\"kandal-vtc\"",
					"\"mekong-youth\"", "\"kandal-ahtjp\"");
			assertThat(shelter.json().get("locations").get(0).get("address").isNull()).isTrue();
		}

		@Test
		void shouldLetTheNetworkAdminWithoutOrganisationReadTheDirectory() {
			Response me = gateway.get("/api/me", RunningPlatform.passwordGrant(DemoUser.ADMIN_NETWORK));

			assertThat(me.json().get("organisation").isNull()).isTrue();
			assertThat(gateway.get("/api/service-types", RunningPlatform.passwordGrant(DemoUser.ADMIN_NETWORK)).json())
				.hasSize(14);
		}

		@Test
		void shouldAnswerProblemDetailsForMissingAndMalformedTokensAndUnknownRoutes() {
			assertProblem(gateway.get("/api/me", null), 401, "unauthenticated");
			assertProblem(gateway.get("/api/organisations", "not.a.token"), 401, "invalid-token");
			assertProblem(gateway.get("/api/unknown", RunningPlatform.passwordGrant(DemoUser.DARA)), 404, "not-found");
		}

		@Test
		void shouldCheckTheTokenAgainInEachServiceBehindTheGateway() {
			HttpApi direct = new HttpApi(RunningPlatform.urls().organisationService());

			assertProblem(direct.get("/api/organisations", null), 401, "unauthenticated");
			assertThat(direct.get("/api/organisations", RunningPlatform.passwordGrant(DemoUser.RITHY)).status())
				.isEqualTo(200);
		}

	}

	@Nested
	class People {

		@Test
		void shouldSignInWithKeycloakUseTheSessionCookieAndSignOutOfKeycloakToo() {
			var browser = new Browser();
			String base = RunningPlatform.urls().gateway();

			Browser.Page login = browser.follow(browser.get(base + "/"));
			assertThat(login.uri().toString()).startsWith(RunningPlatform.urls().realm());
			Browser.Page home = signIn(browser, login, DemoUser.DARA);

			assertThat(home.uri().toString()).isEqualTo(base + "/");
			assertThat(home.body()).contains("dara.tdh");
			assertThat(browser.cookie("SESSION")).isNotBlank();

			String session = browser.cookie("SESSION");
			Response me = withCookieOnly("/api/me", session);
			assertThat(me.status()).isEqualTo(200);
			assertThat(me.json().get("username").asString()).isEqualTo("dara.tdh");
			assertThat(me.json().get("organisation").asString()).isEqualTo("tdh-nl");
			assertThat(me.json().get("signedInWith").asString()).isEqualTo("session");
			assertThat(withCookieOnly("/api/organisations/tdh-nl", session).status())
				.as("the session's token is relayed to the service")
				.isEqualTo(200);

			Browser.Page signedOut = browser.follow(browser.submitForm(browser.get(base + "/"), Map.of()));
			assertThat(signedOut.uri().toString()).isEqualTo(base + "/signed-out");
			assertProblem(withCookieOnly("/api/me", session), 401, "unauthenticated");

			Browser.Page again = browser.follow(browser.get(base + "/"));
			assertThat(again.uri().toString()).as("the Keycloak session ended too: the login form again")
				.startsWith(RunningPlatform.urls().realm());
			assertThat(browser.hasFormField(again, "username")).isTrue();
		}

		private Response withCookieOnly(String path, String session) {
			return gateway.send(gateway.request(path, null).header("Cookie", "SESSION=" + session).GET().build());
		}

		private Browser.Page signIn(Browser browser, Browser.Page loginForm, DemoUser user) {
			// Keycloak with Organizations asks for the username first, then for the
			// password
			Browser.Page page = loginForm;
			for (int step = 0; step < 3 && page.status() == 200; step++) {
				page = browser.submitForm(page,
						browser.hasFormField(page, "password") ? Map.of("username", user.username(), "password", "demo")
								: Map.of("username", user.username()));
			}
			assertThat(page.isRedirect()).as("Keycloak accepted the login:\n%s", page.body()).isTrue();
			return browser.follow(page);
		}

	}

}
