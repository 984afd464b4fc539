package org.partnernetwork.portal.organisationadmin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * admin.network onboards a partner organisation: the form, what the portal sends, the
 * page saying what was made (its directory entry and its Keycloak organization), a taken
 * slug and wrong fields as sentences.
 */
class OnboardingIntegrationTest extends PortalIntegrationTest {

	static final String CREATED = "/api/organisations/kampot-youth";

	WebTestClient networkAdmin() {
		return signedInAs("admin.network", "Network admin", null, "network-admin");
	}

	@Test
	void shouldOfferTheNetworkAdminTheFormWithEveryFieldLabelled() {
		String page = html(networkAdmin().get().uri("/onboarding").exchange().expectStatus().isOk());

		assertThat(page)
			.contains("<h1>Onboard an organisation</h1>", "<label for=\"slug\">Short name (address)</label>",
					"<input id=\"slug\" name=\"slug\" type=\"text\" maxlength=\"60\"", "aria-describedby=\"slug-hint\"",
					"<label for=\"nameKm\">Name in Khmer</label>", "id=\"onboarding-submit\"")
			.containsPattern(
					"<form method=\"post\" action=\"/onboarding\" novalidate><input type=\"hidden\" name=\"_csrf\" value=\"[\\w-]{20,}\"/>");
		assertThat(html(networkAdmin().get().uri("/onboarding?lang=km").exchange().expectStatus().isOk()))
			.contains("<h1>ចុះឈ្មោះអង្គការថ្មី</h1>", "ឈ្មោះខ្លី (អាសយដ្ឋាន)");
	}

	@Test
	void shouldOnboardAndSayWhatWasMade() {
		directory.stubFor(post(urlEqualTo("/api/organisations")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withHeader("Location", CREATED)
			.withBody(fixture("admin/onboarded-kampot-youth.json"))));
		directory.stubFor(get(urlEqualTo(CREATED)).willReturn(okJson(fixture("admin/onboarded-kampot-youth.json"))));

		networkAdmin().mutateWith(csrf())
			.post()
			.uri("/onboarding")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/onboarding/kampot-youth");
		String page = html(networkAdmin().get().uri("/onboarding/kampot-youth").exchange().expectStatus().isOk());

		directory.verify(postRequestedFor(urlEqualTo("/api/organisations"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withRequestBody(equalToJson("""
					{"slug":"kampot-youth","name":{"en":"Kampot Youth Action","km":"សកម្មភាពយុវជនកំពត"},
					 "description":{"en":null,"km":null},
					 "contact":{"email":"office@kampot-youth.example.org","phone":null,"website":null}}""")));
		assertThat(page)
			.contains("<h1>Kampot Youth Action</h1>", "The organisation kampot-youth is onboarded.",
					"Its Keycloak organization exists, with the alias kampot-youth",
					"href=\"/organisations/kampot-youth\"", "Active: partners find it", "id=\"suspend-submit\"")
			.doesNotContain(ACCESS_TOKEN);
		assertThat(html(networkAdmin().get().uri("/onboarding/kampot-youth?lang=km").exchange().expectStatus().isOk()))
			.contains("<h1>សកម្មភាពយុវជនកំពត</h1>", "អង្គការ Keycloak របស់វាមានហើយ ដោយមានឈ្មោះហៅ (alias) kampot-youth");
	}

	@Test
	void shouldSayBesideTheSlugThatItIsTaken() {
		directory.stubFor(post(urlEqualTo("/api/organisations")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:slug-taken\",\"status\":409}")));

		String page = html(networkAdmin().mutateWith(csrf())
			.post()
			.uri("/onboarding")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isEqualTo(409));

		assertThat(page).contains("This short name is taken: an organisation with this address already exists.",
				"aria-invalid=\"true\" aria-describedby=\"slug-hint slug-error\"", "value=\"Kampot Youth Action\"");
	}

	@Test
	void shouldMarkWrongFieldsWithoutAskingTheDirectoryAndSayTheDirectorysOwn() {
		MultiValueMap<String, String> form = filledIn();
		form.set("slug", "Kampot Youth!");
		String local = html(networkAdmin().mutateWith(csrf())
			.post()
			.uri("/onboarding")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isBadRequest());
		directory.verify(0, postRequestedFor(anyUrl()));

		directory.stubFor(post(urlEqualTo("/api/organisations")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(
					"{\"status\":400,\"errors\":[{\"field\":\"contact.email\",\"message\":\"must be a well-formed email address\"}]}")));
		String refused = html(networkAdmin().mutateWith(csrf())
			.post()
			.uri("/onboarding")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(local).contains(
				"<p class=\"error\" id=\"slug-error\">Enter 3 to 60 lower-case letters, digits and dashes",
				"value=\"Kampot Youth!\"");
		assertThat(refused).contains("<p class=\"error\" id=\"email-error\">Enter an e-mail address");
	}

	@Test
	void shouldTellAnOrgAdminPlainlyThatOnboardingIsTheNetworkAdmins() {
		String page = html(signedInAs("sokha.aple", "Sokha Keo", "aple", "org-admin").get()
			.uri("/onboarding")
			.exchange()
			.expectStatus()
			.isForbidden());
		signedIn().mutateWith(csrf())
			.post()
			.uri("/onboarding")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isForbidden();

		assertThat(page).contains("Only the network admin onboards partner organisations")
			.doesNotContain("onboarding-submit");
		directory.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldKeepTheFormWhenTheDirectoryOrKeycloakCannotAnswer() {
		directory.stubFor(post(urlEqualTo("/api/organisations")).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:identity-unavailable\",\"status\":503}")));

		String page = html(networkAdmin().mutateWith(csrf())
			.post()
			.uri("/onboarding")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isEqualTo(503));

		assertThat(page).contains("The organisation could not be onboarded now", "value=\"kampot-youth\"");
	}

	@Test
	void shouldSuspendFromTheConfirmation() {
		directory.stubFor(post(urlEqualTo(CREATED + "/suspend"))
			.willReturn(okJson(fixture("admin/onboarded-kampot-youth.json"))));

		networkAdmin().mutateWith(csrf())
			.post()
			.uri("/onboarding/kampot-youth/suspend")
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/onboarding/kampot-youth");

		directory.verify(postRequestedFor(urlEqualTo(CREATED + "/suspend")).withHeader("Authorization",
				equalTo("Bearer " + ACCESS_TOKEN)));
	}

	private static MultiValueMap<String, String> filledIn() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("slug", "kampot-youth");
		form.add("nameEn", "Kampot Youth Action");
		form.add("nameKm", "សកម្មភាពយុវជនកំពត");
		form.add("descriptionEn", "");
		form.add("descriptionKm", "");
		form.add("email", "office@kampot-youth.example.org");
		form.add("phone", "");
		form.add("website", "");
		return form;
	}

}
