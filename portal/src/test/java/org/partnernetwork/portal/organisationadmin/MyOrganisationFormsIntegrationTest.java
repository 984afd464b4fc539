package org.partnernetwork.portal.organisationadmin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The org admin's forms: the entry, a service, a location. Each field labelled with its
 * hint, checked here before the directory is asked, saved with the version it was opened
 * on, and refusals said beside the fields.
 */
class MyOrganisationFormsIntegrationTest extends AplesEntryIntegrationTest {

	static final String LOCATION = "00000000-0000-4000-8000-00000000b007";

	@Test
	void shouldOfferTheEntryFilledInWithEveryFieldLabelledAndItsHint() {
		String page = html(orgAdmin().get().uri("/my-organisation/edit").exchange().expectStatus().isOk());

		assertThat(page).contains("<label for=\"nameEn\">Name in English</label>",
				"<p class=\"hint\" id=\"nameEn-hint\">",
				"<input id=\"nameEn\" name=\"nameEn\" type=\"text\" maxlength=\"200\" value=\"APLE Cambodia\" autocomplete=\"off\" aria-invalid=\"false\" aria-describedby=\"nameEn-hint\">",
				"<textarea id=\"descriptionKm\" name=\"descriptionKm\"", "lang=\"km\"", "value=\"+855 23 123 456\"",
				"<input type=\"hidden\" name=\"version\" value=\"7\">", "id=\"entry-submit\"")
			.containsPattern(
					"<form method=\"post\" action=\"/my-organisation/edit\" novalidate><input type=\"hidden\" name=\"_csrf\" value=\"[\\w-]{20,}\"/>");
	}

	@Test
	void shouldSaveTheEntryAtTheVersionItWasOpenedOnAndSayItWasSaved() {
		directory.stubFor(put(urlEqualTo(API)).willReturn(okJson(fixture("admin/organisation-aple.json"))));

		orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/edit")
			.body(BodyInserters.fromFormData(entry()))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/my-organisation?saved=entry");

		directory.verify(putRequestedFor(urlEqualTo(API)).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withRequestBody(equalToJson("""
					{"name":{"en":"APLE Cambodia","km":"អេភីអិលអ៊ី កម្ពុជា"},
					 "description":{"en":"Legal aid for child victims.","km":null},
					 "contact":{"email":"info@aple.example.org","phone":null,"website":"https://aple.example.org"},
					 "version":7}""")));
		assertThat(html(orgAdmin().get().uri("/my-organisation?saved=entry").exchange().expectStatus().isOk()))
			.contains("The entry is saved.");
	}

	@Test
	void shouldMarkWhatIsWrongBesideItsFieldWithoutAskingTheDirectory() {
		MultiValueMap<String, String> form = entry();
		form.set("nameEn", " ");
		form.set("email", "not an address");

		String page = html(orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/edit")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).contains("Please correct what is marked below. Nothing was saved.",
				"<p class=\"error\" id=\"nameEn-error\">Enter the name in English, in at most 200 characters.</p>",
				"aria-invalid=\"true\" aria-describedby=\"nameEn-hint nameEn-error\"",
				"<p class=\"error\" id=\"email-error\">Enter an e-mail address such as office@example.org, or leave it empty.</p>",
				"value=\"not an address\"", "Legal aid for child victims.");
		directory.verify(0, putRequestedFor(anyUrl()));
	}

	@Test
	void shouldSayTheDirectorysRefusalBesideTheFieldItNamed() {
		directory.stubFor(put(urlEqualTo(API)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(
					"{\"status\":400,\"errors\":[{\"field\":\"contact.website\",\"message\":\"must be an http(s) address\"}]}")));

		String page = html(orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/edit")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData(entry()))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).contains("<p class=\"error\" id=\"website-error\">សូមបញ្ចូលអាសយដ្ឋានដែលចាប់ផ្តើមដោយ https://",
				"សូមកែតម្រូវអ្វីដែលបានសម្គាល់ខាងក្រោម។");
	}

	@Test
	void shouldShowTheCurrentVersionWhenSomeoneChangedTheEntryMeanwhile() {
		directory.stubFor(put(urlEqualTo(API)).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:concurrent-update\",\"status\":409}")));
		MultiValueMap<String, String> form = entry();
		form.set("version", "6");

		String page = html(orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/edit")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isEqualTo(409));

		assertThat(page)
			.contains("Someone changed this meanwhile, so your change was not saved. Here is the current version",
					"<input type=\"hidden\" name=\"version\" value=\"7\">",
					">Legal aid and court support for child victims.</textarea>",
					"<h2 id=\"unsaved-heading\">What you entered (not saved)</h2>",
					"<dt>Description in English</dt> <dd class=\"summary\">Legal aid for child victims.</dd>")
			.doesNotContain("<dt>Name in English</dt> <dd class=\"summary\">");
	}

	@Test
	void shouldShowTheCurrentLocationAndWhatWasTypedWhenSomeoneChangedItMeanwhile() {
		directory.stubFor(put(urlEqualTo(API + "/locations/" + LOCATION)).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"status\":409}")));

		String page = html(orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/locations/" + LOCATION + "/edit")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData("nameEn", "Transit home")
				.with("province", "KH-7")
				.with("address", "Village 9, Kampot")
				.with("confidential", "yes")
				.with("version", "0"))
			.exchange()
			.expectStatus()
			.isEqualTo(409));

		assertThat(page).contains("មានអ្នកផ្សេងបានផ្លាស់ប្តូរវាក្នុងពេលនេះ", ">Village 3, Kampot</textarea>",
				"<dt>អាសយដ្ឋាន</dt> <dd class=\"summary\">Village 9, Kampot</dd>");
	}

	@Test
	void shouldAddAServiceWithoutAVersion() {
		directory.stubFor(post(urlEqualTo(API + "/services")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"00000000-0000-4000-8000-00000000c099\"}")));
		String blank = html(orgAdmin().get().uri("/my-organisation/services/new").exchange().expectStatus().isOk());
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("serviceType", "psychosocial-counselling");
		form.add("nameEn", "Counselling for girls");
		form.add("minAge", "១២");
		form.add("maxAge", "17");
		form.add("sex", "female");
		form.addAll("languages", List.of("km", "en"));
		form.addAll("provinces", List.of("KH-12", "KH-7"));
		form.add("capacityStatus", "waitlist");

		orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/services/new")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/my-organisation?saved=service");

		assertThat(blank)
			.contains("<label for=\"serviceType\">Type of service</label>",
					"<option value=\"psychosocial-counselling\">Psychosocial counselling</option>",
					"<legend>Provinces served</legend>", "<label class=\"choice\" for=\"provinces-KH-8\">",
					"<legend>Languages the service is given in</legend>",
					"<option value=\"female\">Girls only</option>", "id=\"service-submit\"")
			.doesNotContain("name=\"version\"");
		directory.verify(postRequestedFor(urlEqualTo(API + "/services")).withRequestBody(equalToJson("""
				{"serviceType":"psychosocial-counselling","name":{"en":"Counselling for girls","km":null},
				 "description":{"en":null,"km":null},"eligibility":{"minAge":12,"maxAge":17,"sex":"female"},
				 "languages":["km","en"],"provinces":["KH-12","KH-7"],"capacityStatus":"waitlist"}""")));
	}

	@Test
	void shouldRefuseAServiceWithoutProvincesOrWithAnUnknownTypeBesideTheirFields() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("serviceType", "astrology");
		form.add("nameEn", "Stars");
		form.add("minAge", "18");
		form.add("maxAge", "12");
		form.add("sex", "any");
		form.add("languages", "km");
		form.add("capacityStatus", "available");

		String page = html(orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/services/new")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).contains("Choose a type of service from the list.", "Tick at least one province.",
				"not below the youngest age", "value=\"Stars\"");
		directory.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldEditALocationAtItsVersionKeepingItConfidential() {
		directory.stubFor(put(urlEqualTo(API + "/locations/" + LOCATION)).willReturn(okJson("{}")));
		String shown = html(orgAdmin().get()
			.uri("/my-organisation/locations/" + LOCATION + "/edit")
			.exchange()
			.expectStatus()
			.isOk());

		orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/locations/" + LOCATION + "/edit")
			.body(BodyInserters.fromFormData("nameEn", "Transit home")
				.with("province", "KH-7")
				.with("address", "Village 4, Kampot")
				.with("confidential", "yes")
				.with("version", "0"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/my-organisation?saved=location");

		assertThat(shown).contains("value=\"Transit home\"",
				"<option value=\"KH-7\" selected=\"selected\">Kampot</option>",
				"<input type=\"checkbox\" id=\"confidential\" name=\"confidential\" value=\"yes\" aria-describedby=\"confidential-hint\" checked=\"checked\">",
				"Village 3, Kampot", "id=\"location-submit\"");
		directory.verify(putRequestedFor(urlEqualTo(API + "/locations/" + LOCATION))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withRequestBody(equalToJson("""
					{"name":{"en":"Transit home","km":null},"province":"KH-7","address":"Village 4, Kampot",
					 "confidential":true,"version":0}""")));
	}

	@Test
	void shouldKeepTheServicesTypeWhenTheDirectoryCannotListTheTypes() {
		directory.stubFor(get(urlEqualTo("/api/service-types")).willReturn(aResponse().withStatus(500)));

		String page = html(orgAdmin().get()
			.uri("/my-organisation/services/00000000-0000-4000-8000-00000000c001/edit")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(page).contains("<option value=\"legal-aid\" selected>legal-aid</option>",
				"value=\"Legal aid for child victims\"", "<input type=\"hidden\" name=\"version\" value=\"4\">");
	}

	@Test
	void shouldSayThereIsNoSuchLocationInTheEntry() {
		assertThat(html(orgAdmin().get()
			.uri("/my-organisation/locations/00000000-0000-4000-8000-0000000000ff/edit")
			.exchange()
			.expectStatus()
			.isNotFound())).contains("There is nothing at this address in your organisation's entry.");
		orgAdmin().get().uri("/my-organisation/services/not-an-id/edit").exchange().expectStatus().isNotFound();
	}

	@Test
	void shouldKeepWhatWasTypedWhenTheDirectoryCannotAnswer() {
		directory.stubFor(put(urlEqualTo(API)).willReturn(aResponse().withStatus(503)));

		String page = html(orgAdmin().mutateWith(csrf())
			.post()
			.uri("/my-organisation/edit")
			.body(BodyInserters.fromFormData(entry()))
			.exchange()
			.expectStatus()
			.isEqualTo(503));

		assertThat(page).contains("The directory cannot answer right now, so nothing was saved.",
				"Legal aid for child victims.");
	}

	private static MultiValueMap<String, String> entry() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("nameEn", "APLE Cambodia");
		form.add("nameKm", "អេភីអិលអ៊ី កម្ពុជា");
		form.add("descriptionEn", " Legal aid for child victims. ");
		form.add("descriptionKm", "");
		form.add("email", "info@aple.example.org");
		form.add("phone", "");
		form.add("website", "https://aple.example.org");
		form.add("version", "7");
		return form;
	}

}
