package org.partnernetwork.portal.directory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;

/** An organisation's page: its services, offices and contacts, in either language. */
class OrganisationPageIntegrationTest extends PortalIntegrationTest {

	@Test
	void shouldShowTheOrganisationsServicesOfficesAndContacts() {
		directory.stubFor(
				get(urlEqualTo("/api/organisations/tdh-nl")).willReturn(okJson(fixture("organisation-tdh-nl.json"))));

		String page = html(signedIn().get().uri("/organisations/tdh-nl").exchange().expectStatus().isOk());

		directory.verify(getRequestedFor(urlEqualTo("/api/organisations/tdh-nl")).withHeader("Authorization",
				equalTo("Bearer " + ACCESS_TOKEN)));
		assertThat(page).contains("<h1>Terre des Hommes Netherlands – Cambodia</h1>",
				"Last checked on 1 November 2026.", "Counselling for children and families", "Waiting list",
				"Khmer, English", "Tdh Kandal field office", "National Road 2, Ta Khmao, Kandal", "Safe house",
				"Confidential location: ask the organisation.", "href=\"mailto:cambodia@tdh-nl.example.org\"",
				"href=\"https://tdh-nl.example.org\"");
		assertThat(page).as("no link without a phone number (the directory answers an empty one)")
			.doesNotContain("tel:");
		assertThat(page).doesNotContain(ACCESS_TOKEN, ID_TOKEN);
	}

	@Test
	void shouldShowItInKhmer() {
		directory.stubFor(
				get(urlEqualTo("/api/organisations/tdh-nl")).willReturn(okJson(fixture("organisation-tdh-nl.json"))));

		String page = html(signedIn().get().uri("/organisations/tdh-nl?lang=km").exchange().expectStatus().isOk());

		assertThat(page).contains("<h1>តឺដេសហូម ហូឡង់ – កម្ពុជា</h1>", "ការិយាល័យ Tdh កណ្តាល", "មានបញ្ជីរង់ចាំ",
				"ទីតាំងសម្ងាត់៖ សូមសួរអង្គការ។", "ខ្មែរ, អង់គ្លេស");
	}

	@Test
	void shouldSayPlainlyThatThereIsNoSuchOrganisation() {
		directory.stubFor(get(urlEqualTo("/api/organisations/nobody")).willReturn(aResponse().withStatus(404)));

		assertThat(html(signedIn().get().uri("/organisations/nobody").exchange().expectStatus().isNotFound()))
			.contains("There is no organisation at this address.");
		assertThat(html(signedIn().get().uri("/organisations/Not_A_Slug").exchange().expectStatus().isNotFound()))
			.contains("There is no organisation at this address.");
		directory.verify(0, getRequestedFor(urlEqualTo("/api/organisations/Not_A_Slug")));
	}

	@Test
	void shouldSayPlainlyWhenTheDirectoryCannotAnswer() {
		directory
			.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500).withBody("java.lang.IllegalStateException")));

		assertThat(html(signedIn().get().uri("/organisations/tdh-nl").exchange().expectStatus().isEqualTo(503)))
			.contains("The directory cannot answer right now.")
			.doesNotContain("IllegalStateException");
	}

}
