package org.partnernetwork.portal.training;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.HttpHeaders;

/**
 * "Training": open openings searched by trade, province, age and sex, in English and
 * Khmer, with and without htmx.
 */
class TrainingSearchIntegrationTest extends PortalIntegrationTest {

	static final String MOTORBIKES = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

	static final String TAILORING = "0f1e2d3c-4b5a-4697-8877-665544332211";

	static final String REFERRAL = "5a1f0e2c-8d3b-4c7a-9e61-2b4d6f8a0c11";

	@Test
	void shouldListTheOpeningsStillTakingRequestsWithTheirTermsAndThePersonsToken() {
		vocational.stubFor(get(urlPathEqualTo("/api/openings")).willReturn(okJson(fixture("training/openings.json"))));

		String page = html(signedIn().get()
			.uri("/training")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store")));

		vocational.verify(getRequestedFor(urlPathEqualTo("/api/openings")).withQueryParam("page", equalTo("0"))
			.withQueryParam("size", equalTo("20"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withoutHeader("Cookie"));
		assertThat(page).contains("2 openings found", "<ol id=\"openings\" class=\"results\">",
				"<a href=\"/training/openings/" + MOTORBIKES + "\">Motorbike repair, 6 months</a>",
				"Motorbike mechanics", "kandal-vtc", "Kandal", "16 to 24 years", "Young women and men", "3 of 10 left",
				"11 January 2027", "31 December 2026", "Tailoring for young women", "Phnom Penh", "Young women only")
			.containsSubsequence("Motorbike repair, 6 months", "Tailoring for young women")
			.doesNotContain(ACCESS_TOKEN, ID_TOKEN, "motorbike-mechanics</");
		assertThat(page).contains("<button id=\"training-submit\" type=\"submit\">Search</button>",
				"<label for=\"trade\">Trade</label>", "<label for=\"province\">Province</label>",
				"<label for=\"age\">Young person's age</label>", "<label for=\"sex\">Young person's sex</label>");
	}

	@Test
	void shouldShowKhmerTitlesAndFallBackToTheEnglishOne() {
		vocational.stubFor(get(urlPathEqualTo("/api/openings")).willReturn(okJson(fixture("training/openings.json"))));

		String page = html(signedIn().get().uri("/training?lang=km").exchange().expectStatus().isOk());

		assertThat(page)
			.contains("<html lang=\"km\">", "ជួសជុលម៉ូតូ ៦ ខែ", "Tailoring for young women", "កណ្តាល",
					"នៅសល់ 3 ក្នុងចំណោម 10", "តែយុវនារី", "ពី 16 ដល់ 24 ឆ្នាំ", "មុខជំនាញ", "ស្វែងរក")
			.doesNotContain("Motorbike repair, 6 months");
	}

	@Test
	void shouldSearchByEveryCriterionAndKeepWhatWasTyped() {
		vocational.stubFor(get(urlPathEqualTo("/api/openings")).willReturn(okJson(fixture("training/openings.json"))));

		String page = html(signedIn().get()
			.uri("/training?trade=motorbike-mechanics&province=KH-8&age=១៦&sex=male")
			.exchange()
			.expectStatus()
			.isOk());

		vocational.verify(
				getRequestedFor(urlPathEqualTo("/api/openings")).withQueryParam("trade", equalTo("motorbike-mechanics"))
					.withQueryParam("province", equalTo("KH-8"))
					.withQueryParam("age", equalTo("16"))
					.withQueryParam("sex", equalTo("male")));
		assertThat(page).contains(
				"<option value=\"motorbike-mechanics\" selected=\"selected\">Motorbike mechanics</option>",
				"<option value=\"KH-8\" selected=\"selected\">Kandal</option>", "value=\"16\"",
				"<option value=\"male\" selected=\"selected\">Boy</option>");
	}

	@Test
	void shouldAnswerAnHtmxSearchWithTheSearchAndItsResultsOnly() {
		vocational.stubFor(get(urlPathEqualTo("/api/openings")).willReturn(okJson(fixture("training/openings.json"))));

		String part = html(signedIn().get()
			.uri("/training?age=16")
			.header("HX-Request", "true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Vary", "HX-Request"));

		assertThat(part).startsWith("<section id=\"search\">")
			.contains("id=\"openings\"", "Motorbike repair, 6 months")
			.doesNotContain("<html", "<h1>", "Sign out");
	}

	@Test
	void shouldSayWhenNoOpeningMatches() {
		vocational.stubFor(get(urlPathEqualTo("/api/openings"))
			.willReturn(okJson("{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}")));

		assertThat(html(signedIn().get().uri("/training?trade=welding").exchange().expectStatus().isOk()))
			.contains("No opening found", "No opening matches. Try leaving a field empty");
	}

	@Test
	void shouldMarkAWrongAgeBesideTheFieldWithoutAskingTheService() {
		String page = html(signedIn().get().uri("/training?age=45").exchange().expectStatus().isBadRequest());

		assertThat(page).contains("Please correct what is marked below.", "id=\"age-error\"",
				"Enter the young person's age in years, as a number from 0 to 30.", "aria-invalid=\"true\"",
				"aria-describedby=\"age-hint age-error\"");
		vocational.verify(0, getRequestedFor(anyUrl()));
	}

	@Test
	void shouldSayPlainlyWhenTrainingCannotAnswerInTime() {
		vocational.stubFor(get(urlPathEqualTo("/api/openings")).willReturn(aResponse().withFixedDelay(3_000)));

		assertThat(html(signedIn().get().uri("/training").exchange().expectStatus().isEqualTo(503)))
			.contains("Training cannot be shown right now. Please try again in a minute.");

		vocational.stubFor(get(urlPathEqualTo("/api/openings"))
			.willReturn(aResponse().withStatus(500).withBody("java.lang.IllegalStateException")));
		assertThat(html(signedIn().get().uri("/training?lang=km").exchange().expectStatus().isEqualTo(503)))
			.contains("ពេលនេះមិនអាចបង្ហាញវគ្គបណ្តុះបណ្តាលបានទេ។")
			.doesNotContain("IllegalStateException");
	}

	@Test
	void shouldOfferCentreStaffToPostAnOpeningAndEachPersonTheirSeatRequests() {
		vocational.stubFor(get(urlPathEqualTo("/api/openings")).willReturn(okJson(fixture("training/openings.json"))));

		String staff = html(signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").get()
			.uri("/training")
			.exchange()
			.expectStatus()
			.isOk());
		String coordinator = html(signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").get()
			.uri("/training")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(staff).contains("<a href=\"/training/openings/new\">Post an opening</a>",
				"<a href=\"/training/placements\">Seat requests to your centre</a>");
		assertThat(coordinator).contains("<a href=\"/training/placements\">Your seat requests</a>")
			.doesNotContain("/training/openings/new");
	}

	@Test
	void shouldCarryTheReferralIntoEveryOpeningsLinkAndTheNextSearch() {
		vocational.stubFor(get(urlPathEqualTo("/api/openings")).willReturn(okJson(fixture("training/openings.json"))));

		String page = html(signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").get()
			.uri("/training?referral=" + REFERRAL)
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(page).contains("href=\"/training/openings/" + MOTORBIKES + "?referral=" + REFERRAL + "\"",
				"href=\"/training/openings/" + TAILORING + "?referral=" + REFERRAL + "\"",
				"<input type=\"hidden\" name=\"referral\" value=\"" + REFERRAL + "\">",
				"the seat you request will be linked to the referral");
		vocational.verify(getRequestedFor(urlPathEqualTo("/api/openings")).withoutQueryParam("referral"));

		assertThat(html(signedIn().get().uri("/training?referral=not-an-id").exchange().expectStatus().isOk()))
			.doesNotContain(MOTORBIKES + "?referral=", "name=\"referral\"");
	}

	@Test
	void shouldListACentresOwnOpeningsClosedOnesTooWithoutTheSearchForm() {
		vocational.stubFor(get(urlPathEqualTo("/api/openings")).willReturn(
				okJson(fixture("training/openings.json").replace("\"status\":\"OPEN\",\"createdAt\":\"2026-11-21",
						"\"status\":\"CLOSED\",\"createdAt\":\"2026-11-21"))));

		String page = html(signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").get()
			.uri("/training?mine=true&trade=welding")
			.exchange()
			.expectStatus()
			.isOk());

		vocational.verify(getRequestedFor(urlPathEqualTo("/api/openings")).withQueryParam("mine", equalTo("true"))
			.withoutQueryParam("trade"));
		assertThat(page)
			.contains("<a href=\"/training?mine=true\">Your centre's openings</a>",
					"All of your centre's openings, closed ones", "<a href=\"/training\">Search all openings</a>")
			.containsSubsequence("Tailoring for young women", "Closed: this opening takes no more seat requests.")
			.doesNotContain("training-submit");
	}

	@Test
	void shouldLeadACoordinatorFromAnOpenReferralToTrainingForThatChild() {
		referrals.stubFor(get(urlPathEqualTo("/api/referrals/" + REFERRAL))
			.willReturn(okJson(fixture("referral-requested.json"))));

		assertThat(html(signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").get()
			.uri("/referrals/" + REFERRAL)
			.exchange()
			.expectStatus()
			.isOk()))
			.contains("<a class=\"action\" id=\"request-seat\" href=\"/training?referral=" + REFERRAL
					+ "\">Request a training seat for this young person</a>");
		assertThat(html(signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").get()
			.uri("/referrals/" + REFERRAL)
			.exchange()
			.expectStatus()
			.isOk())).doesNotContain("/training?referral=");
	}

}
