package org.partnernetwork.portal.training;

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

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Acting on a placement from its page: the form posts vocational-service's action with
 * the person's token and the action's code or day, needs the page's CSRF token, sends the
 * browser back, and says why a step was refused.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlacementActionsIntegrationTest extends PortalIntegrationTest {

	static final String ID = OpeningPageIntegrationTest.PLACEMENT;

	static final String API = "/api/placements/" + ID;

	static final String IN_A_WEEK = LocalDate.now(ZoneId.of("Asia/Phnom_Penh")).plusDays(7).toString();

	@BeforeEach
	void placementAnswers() {
		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("training/placement-requested.json"))));
	}

	WebTestClient vanna() {
		return signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").mutateWith(csrf());
	}

	@Test
	void shouldOfferTheSeatUntilTheDayChosenAndSendTheBrowserBack() {
		vocational
			.stubFor(post(urlEqualTo(API + "/offer")).willReturn(okJson(fixture("training/placement-requested.json"))));

		vanna().post()
			.uri("/training/placements/" + ID + "/offer")
			.body(BodyInserters.fromFormData("holdUntil", IN_A_WEEK))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/training/placements/" + ID);

		vocational.verify(postRequestedFor(urlEqualTo(API + "/offer"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withoutHeader("Cookie")
			.withRequestBody(equalToJson("{\"holdUntil\":\"" + IN_A_WEEK + "\"}")));
	}

	@Test
	void shouldSendEachActionItsOwnCode() {
		for (String[] action : new String[][] { { "decline", "declineReason", "COURSE_FULL" },
				{ "complete", "outcome", "SELF_EMPLOYED" }, { "drop-out", "dropOutReason", "FAMILY_REASONS" } }) {
			vocational.stubFor(post(urlEqualTo(API + "/" + action[0]))
				.willReturn(okJson(fixture("training/placement-requested.json"))));
			vanna().post()
				.uri("/training/placements/" + ID + "/" + action[0])
				.body(BodyInserters.fromFormData(action[1], action[2]))
				.exchange()
				.expectStatus()
				.isSeeOther();
			vocational.verify(postRequestedFor(urlEqualTo(API + "/" + action[0]))
				.withRequestBody(equalToJson("{\"code\":\"" + action[2] + "\"}")));
		}
		vocational
			.stubFor(post(urlEqualTo(API + "/enrol")).willReturn(okJson(fixture("training/placement-requested.json"))));
		vanna().post().uri("/training/placements/" + ID + "/enrol").exchange().expectStatus().isSeeOther();
		vocational.verify(postRequestedFor(urlEqualTo(API + "/enrol")).withRequestBody(equalToJson("{}")));
	}

	@Test
	void shouldAskForAReasonOrADayBeforeCallingTheService() {
		String page = html(vanna().post()
			.uri("/training/placements/" + ID + "/decline")
			.body(BodyInserters.fromFormData("declineReason", "BORED"))
			.exchange()
			.expectStatus()
			.isBadRequest());
		assertThat(page).containsSubsequence("id=\"act-decline\"", "id=\"declineReason-error\"",
				"Choose why you decline from the list.", "aria-invalid=\"true\"");

		assertThat(html(vanna().post()
			.uri("/training/placements/" + ID + "/offer")
			.body(BodyInserters.fromFormData("holdUntil", "2020-01-01"))
			.exchange()
			.expectStatus()
			.isBadRequest()))
			.contains("Enter the day the seat is held until: today or later, and not after the course starts.",
					"value=\"2020-01-01\"");
		vocational.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldSayBesideTheFormWhenSomeoneElseActedFirst() {
		vocational.stubFor(post(urlEqualTo(API + "/decline")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:invalid-transition\",\"status\":409}")));
		vocational
			.stubFor(get(urlEqualTo(API)).willReturn(okJson(PlacementPagesIntegrationTest.placement("WITHDRAWN", ""))));

		String page = html(vanna().post()
			.uri("/training/placements/" + ID + "/decline")
			.body(BodyInserters.fromFormData("declineReason", "COURSE_FULL"))
			.exchange()
			.expectStatus()
			.isEqualTo(409));

		assertThat(page).contains("Withdrawn",
				"This step is no longer possible: the seat request has changed since you opened it.");
	}

	@Test
	void shouldSayBesideTheOutcomeThatWorkWaitsForTheCourseToStartInEnglishAndKhmer() {
		vocational.stubFor(post(urlEqualTo(API + "/complete"))
			.willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:partner-network:problem:course-not-started","status":422,
					 "errors":[{"field":"code","message":"the course starts later","code":"course-not-started"}]}""")));
		vocational.stubFor(get(urlEqualTo(API))
			.willReturn(okJson(PlacementPagesIntegrationTest.placement("ENROLLED", "\"complete\",\"drop-out\""))));

		String english = html(vanna().post()
			.uri("/training/placements/" + ID + "/complete")
			.body(BodyInserters.fromFormData("outcome", "EMPLOYED"))
			.exchange()
			.expectStatus()
			.isEqualTo(422));
		String khmer = html(vanna().post()
			.uri("/training/placements/" + ID + "/complete?lang=km")
			.body(BodyInserters.fromFormData("outcome", "EMPLOYED"))
			.exchange()
			.expectStatus()
			.isEqualTo(422));

		assertThat(english).containsSubsequence("id=\"act-complete\"", "<label for=\"outcome\">",
				"<p class=\"error\" role=\"alert\" id=\"outcome-error\">The course has not started yet: employed, self-employed or an apprenticeship can be recorded from the day it starts.</p>",
				"aria-invalid=\"true\"", "aria-describedby=\"outcome-error\"",
				"<option value=\"EMPLOYED\" selected=\"selected\">Employed</option>", "id=\"act-drop-out\"");
		assertThat(khmer).contains(
				"id=\"outcome-error\">វគ្គសិក្សាមិនទាន់ចាប់ផ្តើមទេ៖ មានការងារធ្វើ ធ្វើការងារផ្ទាល់ខ្លួន ឬហ្វឹកហាត់ជាកូនជាង អាចកត់ត្រាបានចាប់ពីថ្ងៃដែលវគ្គចាប់ផ្តើម។</p>");
	}

	@Test
	void shouldSayWhenNoSeatIsFreeForTheOfferInBothLanguages() {
		vocational.stubFor(post(urlEqualTo(API + "/offer")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:no-seat-free\",\"status\":409}")));

		String page = html(vanna().post()
			.uri("/training/placements/" + ID + "/offer")
			.body(BodyInserters.fromFormData("holdUntil", IN_A_WEEK))
			.exchange()
			.expectStatus()
			.isEqualTo(409));
		assertThat(page).containsSubsequence("id=\"act-offer\"", "No seat is free on this opening",
				"id=\"offer-submit\"", "id=\"act-decline\"");

		assertThat(html(vanna().post()
			.uri("/training/placements/" + ID + "/offer")
			.cookie("lang", "km")
			.body(BodyInserters.fromFormData("holdUntil", IN_A_WEEK))
			.exchange()
			.expectStatus()
			.isEqualTo(409))).contains("គ្មានកន្លែងសិក្សាទំនេរនៅក្នុងវគ្គនេះទេ");
	}

	@Test
	void shouldShowTheServicesRefusalOfTheDayBesideIt() {
		vocational.stubFor(post(urlEqualTo(API + "/offer")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:validation\",\"status\":400,"
					+ "\"errors\":[{\"field\":\"holdUntil\",\"message\":\"must not be after the course starts\"}]}")));

		assertThat(html(vanna().post()
			.uri("/training/placements/" + ID + "/offer")
			.body(BodyInserters.fromFormData("holdUntil", IN_A_WEEK))
			.exchange()
			.expectStatus()
			.isBadRequest())).contains("id=\"holdUntil-error\"", "aria-describedby=\"holdUntil-hint holdUntil-error\"");
	}

	@Test
	void shouldRefuseAnActionWithoutThePagesCsrfTokenAndShowNotFoundForAnotherOrganisations() {
		signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").post()
			.uri("/training/placements/" + ID + "/withdraw")
			.exchange()
			.expectStatus()
			.isForbidden();
		vocational.verify(0, postRequestedFor(anyUrl()));

		vocational.stubFor(post(urlEqualTo(API + "/withdraw")).willReturn(aResponse().withStatus(404)));
		assertThat(html(signedInAs("rithy.myc", "Rithy", "mekong-youth", "coordinator").mutateWith(csrf())
			.post()
			.uri("/training/placements/" + ID + "/withdraw")
			.exchange()
			.expectStatus()
			.isNotFound())).contains("There is no seat request at this address that you may see.");

		vanna().post().uri("/training/placements/" + ID + "/explode").exchange().expectStatus().isNotFound();
	}

	@Test
	void shouldSayPlainlyWhenTheServiceDoesNotAnswerAndNeverLogTheYoungPerson(CapturedOutput output) {
		vocational.stubFor(post(urlEqualTo(API + "/enrol")).willReturn(aResponse().withFixedDelay(3_000)));

		signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").get()
			.uri("/training/placements/" + ID)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(html(
				vanna().post().uri("/training/placements/" + ID + "/enrol").exchange().expectStatus().isEqualTo(503)))
			.contains("Training cannot be shown right now.");

		assertThat(output.getAll()).contains("vocational-service did not answer: TimeoutException")
			.doesNotContain("TDH-2026-0042", ACCESS_TOKEN);
	}

}
