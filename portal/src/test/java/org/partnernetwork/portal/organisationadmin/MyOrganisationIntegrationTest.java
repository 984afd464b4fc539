package org.partnernetwork.portal.organisationadmin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * My organisation as sokha.aple (APLE's org admin) sees it: the entry as the directory
 * holds it, confirming it, the quick capacity change; and the plain "not for you" a
 * coordinator or a person without one organisation gets.
 */
class MyOrganisationIntegrationTest extends AplesEntryIntegrationTest {

	static final String SERVICE = "00000000-0000-4000-8000-00000000c001";

	static final String PROBLEM = "application/problem+json";

	@Test
	void shouldShowTheEntryAsTheDirectoryHoldsItWithWhenItWasLastConfirmed() {
		String page = html(orgAdmin().get().uri("/my-organisation").exchange().expectStatus().isOk());

		directory
			.verify(anyRequestedFor(urlEqualTo(API)).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
		long days = ChronoUnit.DAYS.between(LocalDate.of(2026, 9, 1), LocalDate.now(ZoneId.of("Asia/Phnom_Penh")));
		assertThat(page)
			.contains("<h1>APLE Cambodia</h1>", "អេភីអិលអ៊ី កម្ពុជា", "Legal aid and court support for child victims.",
					"info@aple.example.org", "+855 23 123 456",
					"Last confirmed on 1 September 2026 (" + days + " days ago).", "Legal aid for child victims",
					"Girls only", "Ages 0 to 17", "English, Khmer", "Phnom Penh, Kandal",
					"Available: taking new children", "APLE Phnom Penh office", "Street 123, Tuol Kork, Phnom Penh",
					"Village 3, Kampot", "Confidential: partners see only the province",
					"href=\"/my-organisation/edit\"", "href=\"/my-organisation/services/" + SERVICE + "/edit\"",
					"href=\"/my-organisation/services/new\"", "href=\"/my-organisation/locations/new\"",
					"href=\"/my-organisation/locations/00000000-0000-4000-8000-00000000b007/edit\"")
			.containsPattern(
					"<form method=\"post\" action=\"/my-organisation/confirm\"><input type=\"hidden\" name=\"_csrf\" value=\"[\\w-]{20,}\"/>")
			.contains(
					"<button type=\"submit\" id=\"confirm-submit\" aria-describedby=\"confirm-hint\">Confirm the entry is up to date</button>")
			.contains("<select name=\"capacityStatus\" id=\"capacityStatus-" + SERVICE + "\"",
					"<option value=\"available\" selected=\"selected\">", "id=\"capacity-submit-" + SERVICE + "\"",
					"<input type=\"hidden\" name=\"version\" value=\"4\">",
					"<label for=\"capacityStatus-" + SERVICE + "\">")
			.doesNotContain(ACCESS_TOKEN, ID_TOKEN);
	}

	@Test
	void shouldShowItInKhmer() {
		String page = html(orgAdmin().get().uri("/my-organisation?lang=km").exchange().expectStatus().isOk());

		assertThat(page).contains("<html lang=\"km\">", "<h1>អេភីអិលអ៊ី កម្ពុជា</h1>", "បញ្ជាក់ថាព័ត៌មានទាន់សម័យ",
				"ជំនួយផ្លូវច្បាប់សម្រាប់កុមាររងគ្រោះ", "តែក្មេងស្រី", "ទំនេរ៖ កំពុងទទួលកុមារថ្មី", "ភ្នំពេញ, កណ្តាល",
				"សម្ងាត់៖ ដៃគូឃើញតែខេត្តប៉ុណ្ណោះ", "ថ្ងៃមុន");
	}

	@Test
	void shouldConfirmTheEntryAndSayItWasConfirmed() {
		directory
			.stubFor(post(urlEqualTo(API + "/confirm")).willReturn(okJson(fixture("admin/organisation-aple.json"))));

		orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/confirm")
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/my-organisation?saved=confirmed");
		String page = html(orgAdmin().get().uri("/my-organisation?saved=confirmed").exchange().expectStatus().isOk());

		directory.verify(postRequestedFor(urlEqualTo(API + "/confirm"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withoutHeader("Cookie"));
		assertThat(page).contains("Thank you: the entry is confirmed as up to date today.");
	}

	@Test
	void shouldChangeOneServicesCapacityAtTheVersionThePageShowed() {
		directory.stubFor(put(urlEqualTo(API + "/services/" + SERVICE)).willReturn(okJson("{}")));

		orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/services/" + SERVICE + "/capacity")
			.body(BodyInserters.fromFormData("capacityStatus", "full").with("version", "4"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/my-organisation?saved=capacity");

		directory.verify(putRequestedFor(urlEqualTo(API + "/services/" + SERVICE))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withRequestBody(equalToJson(
					"""
							{"serviceType":"legal-aid",
							 "name":{"en":"Legal aid for child victims","km":"ជំនួយផ្លូវច្បាប់សម្រាប់កុមាររងគ្រោះ"},
							 "description":{"en":"Lawyers for children in criminal cases.","km":"មេធាវីសម្រាប់កុមារក្នុងរឿងក្តីព្រហ្មទណ្ឌ។"},
							 "eligibility":{"minAge":0,"maxAge":17,"sex":"female"},"languages":["en","km"],
							 "provinces":["KH-12","KH-8"],"capacityStatus":"full","version":4}""")));
		assertThat(html(orgAdmin().get().uri("/my-organisation?saved=capacity").exchange().expectStatus().isOk()))
			.contains("The capacity is saved. Partners see it at once.");
	}

	@Test
	void shouldSayBesideTheServiceThatSomeoneChangedItMeanwhile() {
		directory.stubFor(put(urlEqualTo(API + "/services/" + SERVICE)).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", PROBLEM)
			.withBody("{\"type\":\"urn:partner-network:problem:concurrent-update\",\"status\":409}")));

		String page = html(orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/services/" + SERVICE + "/capacity")
			.body(BodyInserters.fromFormData("capacityStatus", "waitlist").with("version", "3"))
			.exchange()
			.expectStatus()
			.isEqualTo(409));

		assertThat(page).contains("<p class=\"error\" role=\"alert\" id=\"capacity-error-" + SERVICE
				+ "\">Someone changed this meanwhile, so your change was not saved. The page now shows the current version")
			.contains("aria-invalid=\"true\" aria-describedby=\"capacity-error-" + SERVICE + "\"");
	}

	@Test
	void shouldAskForACapacityFromTheListWithoutCallingTheDirectory() {
		String page = html(orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/services/" + SERVICE + "/capacity")
			.body(BodyInserters.fromFormData("capacityStatus", "closed").with("version", "4"))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).contains("Choose available, waiting list or full, then save.");
		directory.verify(0, putRequestedFor(anyUrl()));
	}

	@Test
	void shouldShowTheDirectorysRefusalAsASentence() {
		directory.stubFor(post(urlEqualTo(API + "/confirm")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", PROBLEM)
			.withBody("{\"type\":\"urn:partner-network:problem:forbidden\",\"status\":403}")));

		String page = html(orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/confirm")
			.exchange()
			.expectStatus()
			.isForbidden());

		assertThat(page).contains("<h1>APLE Cambodia</h1>",
				"The directory did not allow this change: it takes the organisation admin role");
	}

	@Test
	void shouldTellACoordinatorPlainlyWhyThereIsNoMyOrganisation() {
		String page = html(signedIn().get().uri("/my-organisation").exchange().expectStatus().isForbidden());
		String khmer = html(signedIn().get().uri("/my-organisation?lang=km").exchange().expectStatus().isForbidden());

		assertThat(page).contains("<h1>Not for your account</h1>",
				"Only an organisation admin keeps an organisation's entry, and your account does not have that role.")
			.doesNotContain("confirm-submit", "Exception");
		assertThat(khmer).contains("មានតែអ្នកគ្រប់គ្រងអង្គការទេដែលថែរក្សាព័ត៌មានរបស់អង្គការ");
		signedIn().mutateWith(csrf()).post().uri("/my-organisation/confirm").exchange().expectStatus().isForbidden();
		directory.verify(0, anyRequestedFor(urlMatching("/api/organisations.*")));
	}

	@Test
	void shouldTellAnAdminWithoutOneOrganisationWhy() {
		String page = html(signedInAs("admin.network", "Network admin", null, "org-admin", "network-admin").get()
			.uri("/my-organisation")
			.exchange()
			.expectStatus()
			.isForbidden());

		assertThat(page).contains("Your account does not belong to exactly one organisation");
		directory.verify(0, anyRequestedFor(urlMatching("/api/organisations.*")));
	}

	@Test
	void shouldRefuseAChangeWithoutThePagesCsrfToken() {
		orgAdmin().post().uri("/my-organisation/confirm").exchange().expectStatus().isForbidden();

		directory.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldSayPlainlyWhenTheDirectoryCannotAnswerOrHasNoSuchOrganisation() {
		directory.stubFor(get(urlEqualTo(API))
			.willReturn(aResponse().withStatus(500).withBody("java.lang.IllegalStateException")));
		assertThat(html(orgAdmin().get().uri("/my-organisation").exchange().expectStatus().isEqualTo(503)))
			.contains("The directory cannot answer right now.")
			.doesNotContain("IllegalStateException");

		directory.stubFor(get(urlEqualTo(API)).willReturn(aResponse().withFixedDelay(3000).withStatus(200)));
		assertThat(html(orgAdmin().get().uri("/my-organisation").exchange().expectStatus().isEqualTo(503)))
			.contains("The directory cannot answer right now.");

		directory.stubFor(get(urlEqualTo(API)).willReturn(aResponse().withStatus(404)));
		assertThat(html(orgAdmin().get().uri("/my-organisation").exchange().expectStatus().isNotFound()))
			.contains("There is nothing at this address in your organisation's entry.");
	}

}
