package org.partnernetwork.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.HtmlUtils;

/**
 * What a signed-in person's browser gets when the gateway cannot give it a page: the
 * portal's error page, in the portal's layout and the person's language; a program asking
 * the same gets Problem Details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ReactiveClientRegistrationRepository registrations;

	@Test
	void shouldAnswerAnAddressTypedWrongWithAPageInThePersonsLanguageAndProgramsWithProblemDetails() {
		String english = html(signedIn().get()
			.uri("/trainings/nothing")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType("text/html;charset=UTF-8"));
		String khmer = html(
				signedIn().get().uri("/trainings/nothing").cookie("lang", "km").exchange().expectStatus().isNotFound());

		assertThat(english).contains("<html lang=\"en\">", "<h1>Not found</h1>", "There is nothing at this address.",
				"<a class=\"action\" href=\"/\">Back to the start page</a>", "/assets/portal.css");
		assertThat(khmer).contains("<html lang=\"km\">", "<h1>រកមិនឃើញ</h1>", "ត្រឡប់ទៅទំព័រដើម");
		signedIn().get()
			.uri("/trainings/nothing")
			.header("Accept", "application/json")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:partner-network:problem:not-found");
	}

	/** A browser signed in as sophea.aple of APLE, a coordinator. */
	WebTestClient signedIn() {
		var registration = registrations.findByRegistrationId("keycloak").block();
		Instant now = Instant.now();
		var idToken = OidcIdToken.withTokenValue("eyJ.sophea-id-token.sig")
			.subject("3f6c1c52-sophea.aple")
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.claim("preferred_username", "sophea.aple")
			.claim("organization", List.of("aple"))
			.claim("realm_access", Map.of("roles", List.of("coordinator")))
			.build();
		var person = new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), idToken,
				"preferred_username");
		return WebTestClient.bindToApplicationContext(context)
			.apply(springSecurity())
			.configureClient()
			.defaultHeader("Accept", MediaType.TEXT_HTML_VALUE)
			.build()
			.mutateWith(mockOidcLogin().clientRegistration(registration).oidcUser(person));
	}

	/**
	 * A page's HTML as the browser reads it: entities unescaped, white space collapsed.
	 */
	static String html(WebTestClient.ResponseSpec response) {
		byte[] body = response.expectBody().returnResult().getResponseBody();
		return body == null ? ""
				: HtmlUtils.htmlUnescape(new String(body, StandardCharsets.UTF_8)).replaceAll("\\s+", " ");
	}

}
