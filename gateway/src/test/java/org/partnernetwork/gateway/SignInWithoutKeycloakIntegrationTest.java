package org.partnernetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keycloak gone between the login form and the redirect back: the gateway cannot exchange
 * the code, and the person gets a prompt 503 that says signing in is unavailable, not an
 * error page or a hang.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInWithoutKeycloakIntegrationTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void keycloakNowhere(DynamicPropertyRegistry registry) {
		registry.add("KEYCLOAK_URL", () -> "http://127.0.0.1:9"); // nothing listens there
	}

	@Test
	void shouldAnswerTheSignInCallbackWith503WhenKeycloakCannotBeReached() {
		Instant start = Instant.now();
		Response page = callbackAccepting("text/html");

		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
		assertThat(page.status()).isEqualTo(503);
		assertThat(page.header("Content-Type")).as("a page for the person's browser").startsWith("text/html");
		assertThat(page.body())
			.contains("<h1>Sign-in unavailable</h1>",
					"sign-in service, is not answering, so you could not be signed in.", "href=\"/\"")
			.doesNotContain("Exception");

		Response program = callbackAccepting("application/json");
		assertProblem(program, 503, "sign-in-unavailable");
		assertThat(program.json().get("title").asString()).isEqualTo("Sign-in unavailable");
	}

	/**
	 * A sign-in begun (sent to Keycloak) and Keycloak's redirect back, asking for this
	 * media type.
	 */
	private Response callbackAccepting(String mediaType) {
		HttpApi gateway = new HttpApi("http://localhost:" + port);
		Response toKeycloak = gateway.get("/oauth2/authorization/keycloak", null);
		assertThat(toKeycloak.status()).isEqualTo(302);
		String state = URI.create(toKeycloak.header("Location")).getQuery().replaceAll(".*[?&]?state=([^&]+).*", "$1");
		String session = toKeycloak.header("Set-Cookie").split(";")[0];
		return gateway.send(gateway.request("/login/oauth2/code/keycloak?code=issued-before&state=" + state, null)
			.header("Accept", mediaType)
			.header("Cookie", session)
			.GET()
			.build());
	}

}
