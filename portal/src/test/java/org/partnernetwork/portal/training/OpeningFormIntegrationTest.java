package org.partnernetwork.portal.training;

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

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A centre's staff posting and editing an opening: every field labelled, checked, refused
 * in sentences, and 409.
 */
class OpeningFormIntegrationTest extends PortalIntegrationTest {

	static final String ID = TrainingSearchIntegrationTest.MOTORBIKES;

	static final String API = "/api/openings/" + ID;

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

	static final String START = TODAY.plusDays(40).toString();

	static final String DEADLINE = TODAY.plusDays(30).toString();

	WebTestClient vanna() {
		return signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff");
	}

	@Test
	void shouldOfferEveryFieldLabelledWithItsHintToCentreStaffOnly() {
		String page = html(vanna().get().uri("/training/openings/new").exchange().expectStatus().isOk());

		for (String field : new String[] { "trade", "titleEn", "titleKm", "province", "minAge", "maxAge", "sex",
				"seats", "startDate", "durationWeeks", "applicationDeadline", "stipend", "stipendMonthlyUsd",
				"boarding", "literacyRequired", "certificate" }) {
			assertThat(page).as(field)
				.contains("for=\"" + field + "\"")
				.containsPattern("id=\"" + field + "\" name=\"" + field + "\"");
		}
		assertThat(page)
			.containsPattern("<form id=\"opening\" method=\"post\" action=\"/training/openings/new\" novalidate>"
					+ "<input type=\"hidden\" name=\"_csrf\" value=\"[\\w-]{20,}\"/>")
			.contains("<button id=\"opening-submit\" type=\"submit\">Post the opening</button>",
					"aria-describedby=\"seats-hint\"", "How many young people the course takes, from 1 to 500.");
		assertThat(html(signedIn().get().uri("/training/openings/new").exchange().expectStatus().isNotFound()))
			.contains("Only a training centre's staff post openings.");
	}

	@Test
	void shouldMarkEachWrongFieldInASentenceWithoutAskingTheService() {
		MultiValueMap<String, String> form = filledIn();
		form.set("minAge", "20");
		form.set("maxAge", "16");
		form.set("applicationDeadline", TODAY.plusDays(50).toString());
		form.set("titleEn", " ");
		form.remove("stipend");

		String page = html(vanna().mutateWith(csrf())
			.post()
			.uri("/training/openings/new")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page)
			.contains("Please correct what is marked below.", "id=\"maxAge-error\"",
					"Enter the oldest age as a number from 0 to 30, not below the youngest age.",
					"Enter the last day to apply: not in the past for a new opening, and not after the start.",
					"Write a title in English of at most 200 characters.",
					"Enter an amount from 1 to 2,000 US dollars, and tick the stipend; or leave it empty.",
					"aria-describedby=\"maxAge-hint maxAge-error\"", "aria-invalid=\"true\"", "value=\"MoLVT level 1\"")
			.doesNotContain("id=\"seats-error\"");
		vocational.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldPostTheOpeningWithThePersonsTokenAndShowIt() {
		vocational.stubFor(post(urlEqualTo("/api/openings")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(fixture("training/opening.json"))));

		vanna().mutateWith(csrf())
			.post()
			.uri("/training/openings/new")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/training/openings/" + ID);

		vocational.verify(postRequestedFor(urlEqualTo("/api/openings"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withoutHeader("Cookie")
			.withRequestBody(equalToJson(
					"""
							{"trade":"motorbike-mechanics","title":{"en":"Motorbike repair, 6 months","km":"ជួសជុលម៉ូតូ ៦ ខែ"},
							 "province":"KH-8","minAge":16,"maxAge":24,"sex":"any","seats":10,"startDate":"%s","durationWeeks":24,
							 "applicationDeadline":"%s","stipend":true,"stipendMonthlyUsd":40,"boarding":true,
							 "literacyRequired":false,"certificate":"MoLVT level 1"}"""
						.formatted(START, DEADLINE))));
	}

	@Test
	void shouldShowTheServicesRefusalBesideItsFieldAndWhyACentreMayNotPost() {
		vocational.stubFor(post(urlEqualTo("/api/openings")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:validation\",\"status\":400,"
					+ "\"errors\":[{\"field\":\"title.en\",\"message\":\"must not be blank\"}]}")));

		assertThat(html(vanna().mutateWith(csrf())
			.post()
			.uri("/training/openings/new")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isBadRequest())).contains("id=\"titleEn-error\"", "Write a title in English of at most 200 characters.");

		vocational.stubFor(post(urlEqualTo("/api/openings")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:training-not-offered\",\"status\":422}")));
		assertThat(html(vanna().mutateWith(csrf())
			.post()
			.uri("/training/openings/new")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isEqualTo(422)))
			.contains("មជ្ឈមណ្ឌលរបស់អ្នកមិនអាចប្រកាសវគ្គបណ្តុះបណ្តាលបានទេ", "value=\"Motorbike repair, 6 months\"");
	}

	@Test
	void shouldEditTheOpeningUnderTheVersionItWasReadAt() {
		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("training/opening.json"))));
		vocational.stubFor(put(urlEqualTo(API)).willReturn(okJson(fixture("training/opening.json"))));

		String page = html(vanna().get().uri("/training/openings/" + ID + "/edit").exchange().expectStatus().isOk());
		assertThat(page).contains("Change the opening", "<input type=\"hidden\" name=\"version\" value=\"3\">",
				"value=\"Motorbike repair, 6 months\"", "<option value=\"KH-8\" selected=\"selected\">Kandal</option>",
				"<button id=\"opening-submit\" type=\"submit\">Save the changes</button>",
				"action=\"/training/openings/" + ID + "/edit\"");

		MultiValueMap<String, String> form = filledIn();
		form.set("seats", "12");
		form.add("version", "3");
		vanna().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/edit")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/training/openings/" + ID);
		vocational
			.verify(putRequestedFor(urlEqualTo(API)).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
				.withRequestBody(equalToJson("{\"seats\":12,\"version\":3}", true, true)));
	}

	@Test
	void shouldShowTheCurrentOpeningWhenSomeoneChangedItMeanwhile() {
		vocational.stubFor(put(urlEqualTo(API)).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:concurrent-update\",\"status\":409}")));
		vocational.stubFor(get(urlEqualTo(API))
			.willReturn(okJson(fixture("training/opening.json").replace("\"version\":3", "\"version\":4")
				.replace("\"seats\":10", "\"seats\":14"))));
		MultiValueMap<String, String> form = filledIn();
		form.set("seats", "12");
		form.add("version", "3");

		String page = html(vanna().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/edit")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isEqualTo(409));

		assertThat(page)
			.contains("Someone changed this opening after you opened the form. Here is the opening as it is now",
					"<input type=\"hidden\" name=\"version\" value=\"4\">", "value=\"14\"")
			.doesNotContain("value=\"12\"");
	}

	@Test
	void shouldSayBesideTheSeatsHowManyAreTakenWhenTheyAreTooFew() {
		vocational.stubFor(put(urlEqualTo(API)).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:seats-taken\",\"status\":409}")));
		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("training/opening.json"))));
		MultiValueMap<String, String> form = filledIn();
		form.set("seats", "5");
		form.add("version", "3");

		String page = html(vanna().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/edit")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isEqualTo(409));

		assertThat(page).contains("id=\"seats-error\"",
				"7 seats are held by an offer or taken by an enrolment: the opening cannot have fewer seats.",
				"value=\"5\"");
	}

	@Test
	void shouldShowAnotherCentresOpeningOrAMissingOneAsNotFound() {
		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("training/opening.json"))));

		assertThat(html(signedInAs("srey.other", "Srey", "other-vtc", "centre-staff").get()
			.uri("/training/openings/" + ID + "/edit")
			.exchange()
			.expectStatus()
			.isNotFound())).contains("There is no opening at this address that you may see or change.");
		assertThat(html(vanna().get().uri("/training/openings/not-an-id/edit").exchange().expectStatus().isNotFound()))
			.contains("There is no opening at this address");

		vocational.stubFor(put(urlEqualTo(API)).willReturn(aResponse().withStatus(404)));
		MultiValueMap<String, String> form = filledIn();
		form.add("version", "3");
		vanna().mutateWith(csrf())
			.post()
			.uri("/training/openings/" + ID + "/edit")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void shouldShowTheFormInKhmerAndRefuseItWithoutTheCsrfToken() {
		assertThat(html(vanna().get().uri("/training/openings/new?lang=km").exchange().expectStatus().isOk())).contains(
				"<html lang=\"km\">", "ប្រកាសវគ្គបណ្តុះបណ្តាល", "ចំណងជើងជាភាសាអង់គ្លេស", "ជួសជុលម៉ូតូ",
				"យុវនារី និងយុវជន");

		vanna().post()
			.uri("/training/openings/new")
			.body(BodyInserters.fromFormData(filledIn()))
			.exchange()
			.expectStatus()
			.isForbidden();
		vocational.verify(0, postRequestedFor(anyUrl()));
	}

	static MultiValueMap<String, String> filledIn() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("trade", "motorbike-mechanics");
		form.add("titleEn", "Motorbike repair, 6 months");
		form.add("titleKm", "ជួសជុលម៉ូតូ ៦ ខែ");
		form.add("province", "KH-8");
		form.add("minAge", "16");
		form.add("maxAge", "២៤");
		form.add("sex", "any");
		form.add("seats", "10");
		form.add("startDate", START);
		form.add("durationWeeks", "24");
		form.add("applicationDeadline", DEADLINE);
		form.add("stipend", "true");
		form.add("stipendMonthlyUsd", "40");
		form.add("boarding", "true");
		form.add("certificate", "MoLVT level 1");
		return form;
	}

}
