package org.partnernetwork.portal.directory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;

/**
 * "Find help": the search form, its results and pages, and every way a search can go
 * wrong.
 */
class FindHelpIntegrationTest extends PortalIntegrationTest {

	static final String COUNSELLING_IN_KANDAL_FOR_A_BOY_OF_12 = "/find?serviceType=psychosocial-counselling&province=KH-8&age=12&sex=male&language=km&q=&page=1";

	@BeforeEach
	void servicesFound() {
		directory.stubFor(
				get(urlPathEqualTo("/api/services")).willReturn(okJson(fixture("services-counselling-kandal.json"))));
	}

	@Test
	void shouldAskTheDirectoryWithThePersonsTokenAndShowWhatItFound() {
		String page = html(
				signedIn().get().uri(COUNSELLING_IN_KANDAL_FOR_A_BOY_OF_12).exchange().expectStatus().isOk());

		directory.verify(getRequestedFor(urlPathEqualTo("/api/services"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withQueryParam("serviceType", equalTo("psychosocial-counselling"))
			.withQueryParam("province", equalTo("KH-8"))
			.withQueryParam("age", equalTo("12"))
			.withQueryParam("sex", equalTo("male"))
			.withQueryParam("language", equalTo("km"))
			.withQueryParam("page", equalTo("1"))
			.withQueryParam("size", equalTo("10"))
			.withoutHeader("Cookie"));
		assertThat(page).contains("21 services found", "Counselling for children and families",
				"Psychosocial counselling", "Ages 6 to 17", "Girls and boys", "Kandal, Phnom Penh", "Khmer",
				"Taking new children", "href=\"/organisations/tdh-nl\"", "Terre des Hommes Netherlands – Cambodia");
		assertThat(page).doesNotContain(ACCESS_TOKEN, ID_TOKEN);
		assertThat(page).as("the search's child carries into the referral form")
			.contains("href=\"/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling"
					+ "&age=12&sex=male&province=KH-8\"");
	}

	@Test
	void shouldKeepWhatThePersonFilledIn() {
		String page = html(signedIn().get().uri(COUNSELLING_IN_KANDAL_FOR_A_BOY_OF_12).exchange());

		assertThat(page).contains("<option value=\"psychosocial-counselling\" selected=\"selected\">",
				"<option value=\"KH-8\" selected=\"selected\">Kandal</option>", "value=\"12\"",
				"<input type=\"radio\" name=\"sex\" value=\"male\" checked=\"checked\">",
				"<option value=\"km\" selected=\"selected\">Khmer</option>");
	}

	@Test
	void shouldShowTheResultsInKhmer() {
		String page = html(signedIn().get().uri(COUNSELLING_IN_KANDAL_FOR_A_BOY_OF_12 + "&lang=km").exchange());

		assertThat(page).contains("<html lang=\"km\">", "រកឃើញសេវា 21", "ការប្រឹក្សាសម្រាប់កុមារ និងគ្រួសារ",
				"ការប្រឹក្សាផ្លូវចិត្តសង្គម", "កណ្តាល, ភ្នំពេញ", "តឺដេសហូម ហូឡង់ – កម្ពុជា", "ទំព័រ 2 នៃ 3");
	}

	@Test
	void shouldLinkToThePagesBeforeAndAfterWithTheSameSearch() {
		String page = html(signedIn().get().uri(COUNSELLING_IN_KANDAL_FOR_A_BOY_OF_12).exchange());

		assertThat(page).contains("Page 2 of 3",
				"href=\"/find?serviceType=psychosocial-counselling&province=KH-8&age=12&sex=male&language=km&page=0\"",
				"href=\"/find?serviceType=psychosocial-counselling&province=KH-8&age=12&sex=male&language=km&page=2\"");
	}

	@Test
	void shouldAnswerAnHtmxSearchWithTheFormAndResultsOnly() {
		String fragment = html(signedIn().get()
			.uri(COUNSELLING_IN_KANDAL_FOR_A_BOY_OF_12)
			.header("HX-Request", "true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Vary", vary -> assertThat(vary).contains("HX-Request")));

		assertThat(fragment).startsWith("<section id=\"search\">")
			.contains("21 services found")
			.doesNotContain("<html", "/logout");
	}

	@Test
	void shouldOnlyShowTheFormWhenThePageIsOpened() {
		String page = html(signedIn().get().uri("/find").exchange().expectStatus().isOk());

		assertThat(page)
			.contains("<label for=\"age\">Child's age</label>", "<option value=\"shelter\">Shelter</option>",
					"<option value=\"KH-25\">Tbong Khmum</option>")
			.doesNotContain("services found");
		directory.verify(0, getRequestedFor(urlPathEqualTo("/api/services")));
	}

	@Test
	void shouldLabelEveryFieldForScreenReaders() {
		String page = html(signedIn().get().uri("/find").exchange());

		var fields = Pattern.compile("<(?:select|input) id=\"([\\w-]+)\"")
			.matcher(page)
			.results()
			.map(field -> field.group(1))
			.toList();
		assertThat(fields).containsExactly("serviceType", "province", "age", "language", "q");
		fields.forEach(id -> assertThat(page).contains("<label for=\"" + id + "\">"));
		assertThat(page).contains("<legend>Child's sex</legend>", "<label class=\"choice\"> <input type=\"radio\"");
	}

	@Test
	void shouldSayBesideTheAgeThatItMustBeANumberWithoutAskingTheDirectory() {
		String page = html(signedIn().get()
			.uri("/find?age=twelve&province=KH-8")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.valueEquals("HX-Reswap", "outerHTML show:#search:top"));

		assertThat(page).contains("Please correct what is marked below.",
				"<p class=\"error\" id=\"age-error\">Enter the child's age in years, as a number from 0 to 120.</p>",
				"value=\"twelve\"", "aria-invalid=\"true\"", "aria-describedby=\"age-hint age-error\"",
				"<option value=\"KH-8\" selected=\"selected\">Kandal</option>");
		directory.verify(0, getRequestedFor(urlPathEqualTo("/api/services")));
	}

	@Test
	void shouldSayItInKhmerTooAndAcceptKhmerDigits() {
		String refused = html(signedIn().get().uri("/find?age=130&lang=km").exchange().expectStatus().isBadRequest());
		assertThat(refused).contains("សូមបញ្ចូលអាយុកុមារជាលេខ ពី ០ ដល់ ១២០ ឆ្នាំ។");

		signedIn().get().uri("/find?age=១២").exchange().expectStatus().isOk();
		directory.verify(getRequestedFor(urlPathEqualTo("/api/services")).withQueryParam("age", equalTo("12")));
	}

	@Test
	void shouldShowTheDirectorysRefusalAsASentenceBesideTheField() {
		directory.stubFor(get(urlPathEqualTo("/api/services")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(
					"{\"type\":\"urn:partner-network:problem:validation\",\"status\":400,\"title\":\"Invalid request\","
							+ "\"errors\":[{\"field\":\"serviceType\",\"message\":\"must be a service type code\"}]}")));

		String page = html(
				signedIn().get().uri("/find?serviceType=Counselling").exchange().expectStatus().isBadRequest());

		assertThat(page)
			.contains("<p class=\"error\" id=\"serviceType-error\">Choose a type of service from the list.</p>")
			.doesNotContain("must be a service type code", "urn:partner-network");
	}

	@Test
	void shouldSayPlainlyWhenTheDirectoryCannotAnswer() {
		directory.stubFor(
				get(urlPathEqualTo("/api/services")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		String page = html(
				signedIn().get().uri(COUNSELLING_IN_KANDAL_FOR_A_BOY_OF_12).exchange().expectStatus().isEqualTo(503));

		assertThat(page)
			.contains("The directory cannot answer right now. Please try again in a minute.", "value=\"12\"")
			.doesNotContain("Exception", "at org.", "services found");
	}

	@Test
	void shouldSayPlainlyWhenTheDirectoryIsTooSlow() {
		directory.stubFor(get(urlPathEqualTo("/api/services"))
			.willReturn(okJson(fixture("services-counselling-kandal.json")).withFixedDelay(3_000)));

		String page = html(signedIn().get().uri("/find?province=KH-8").exchange().expectStatus().isEqualTo(503));

		assertThat(page).contains("The directory cannot answer right now.");
	}

}
