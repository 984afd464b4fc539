package org.partnernetwork.portal.training;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The seat requests of a centre and of a coordinator, and one placement's page with
 * exactly the forms it allows.
 */
class PlacementPagesIntegrationTest extends PortalIntegrationTest {

	static final String ID = OpeningPageIntegrationTest.PLACEMENT;

	static final String API = "/api/placements/" + ID;

	WebTestClient vanna() {
		return signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff");
	}

	WebTestClient dara() {
		return signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator");
	}

	@Test
	void shouldShowACentreItsRequestsWaitingForAnAnswerFirstThenOfferedEnrolledAndClosed() {
		box("REQUESTED", "REQUESTED", null);
		box("OFFERED", "OFFERED", null);
		box("ENROLLED", "ENROLLED", null);
		box("COMPLETED,DROPPED_OUT,DECLINED,WITHDRAWN,EXPIRED", "COMPLETED", "EMPLOYED");

		String page = html(vanna().get()
			.uri("/training/placements")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store")));
		String closed = html(vanna().get().uri("/training/placements?group=closed").exchange().expectStatus().isOk());

		vocational.verify(8,
				getRequestedFor(urlPathEqualTo("/api/placements")).withQueryParam("box", equalTo("incoming"))
					.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
		assertThat(page)
			.containsSubsequence("Waiting for your answer (1)", "Seat offered (1)", "In training (1)", "Closed (1)",
					"Waiting for your answer (1)", "Requested: waiting for the centre")
			.contains("href=\"/training/placements/" + ID + "\"", "Boy, 16 years", "tdh-nl",
					"<a href=\"/training/placements?group=offered\">Seat offered (1)</a>",
					"<a href=\"/training/outcomes\">Your centre's outcomes</a>")
			.doesNotContain("TDH-2026-0042", "EMPLOYED<", "rel=\"next\"");
		assertThat(closed).contains(
				"<a href=\"/training/placements?group=closed\" aria-current=\"page\">Closed (1)</a>", "Completed",
				"Employed");
	}

	@Test
	void shouldPageALongListTwentyAtATimeWithItsTotal() {
		vocational.stubFor(get(urlPathEqualTo("/api/placements")).withQueryParam("box", equalTo("incoming"))
			.willReturn(okJson(summaries("REQUESTED", null).replace("\"totalItems\":1", "\"totalItems\":278")
				.replace("\"totalPages\":1", "\"totalPages\":14"))));
		vocational.stubFor(get(urlPathEqualTo("/api/placements")).withQueryParam("box", equalTo("incoming"))
			.withQueryParam("status", equalTo("REQUESTED"))
			.withQueryParam("page", equalTo("1"))
			.willReturn(okJson(summaries("REQUESTED", null).replace("\"page\":0", "\"page\":1")
				.replace("\"totalItems\":1", "\"totalItems\":278")
				.replace("\"totalPages\":1", "\"totalPages\":14"))));

		String second = html(
				vanna().get().uri("/training/placements?group=awaiting&page=1").exchange().expectStatus().isOk());
		String khmer = html(vanna().get()
			.uri("/training/placements?group=awaiting&page=1&lang=km")
			.exchange()
			.expectStatus()
			.isOk());

		vocational
			.verify(getRequestedFor(urlPathEqualTo("/api/placements")).withQueryParam("status", equalTo("REQUESTED"))
				.withQueryParam("page", equalTo("1"))
				.withQueryParam("size", equalTo("20")));
		vocational
			.verify(getRequestedFor(urlPathEqualTo("/api/placements")).withQueryParam("status", equalTo("OFFERED"))
				.withQueryParam("page", equalTo("0"))
				.withQueryParam("size", equalTo("1")));
		assertThat(second).contains("Waiting for your answer (278)", "Page 2 of 14",
				"<a href=\"/training/placements?group=awaiting&page=0\" rel=\"prev\">Previous page</a>",
				"<a href=\"/training/placements?group=awaiting&page=2\" rel=\"next\">Next page</a>");
		assertThat(khmer).contains("រង់ចាំចម្លើយរបស់អ្នក (278)", "ទំព័រ 2 នៃ 14", ">ទំព័រមុន</a>", ">ទំព័របន្ទាប់</a>");
	}

	@Test
	void shouldShowACoordinatorTheirRequestsWithWhereEachStandsInKhmer() {
		vocational.stubFor(get(urlPathEqualTo("/api/placements")).withQueryParam("box", equalTo("outgoing"))
			.willReturn(okJson(summaries("OFFERED", null).replace("\"totalItems\":1", "\"totalItems\":60")
				.replace("\"totalPages\":1", "\"totalPages\":3"))));

		String page = html(dara().get().uri("/training/placements?lang=km").exchange().expectStatus().isOk());

		vocational.verify(getRequestedFor(urlPathEqualTo("/api/placements")).withQueryParam("box", equalTo("outgoing"))
			.withQueryParam("status", absent())
			.withQueryParam("size", equalTo("20")));
		assertThat(page)
			.contains("សំណើសុំកន្លែងសិក្សារបស់អ្នក", "បានផ្តល់កន្លែងសិក្សា", "យុវជនប្រុស អាយុ 16 ឆ្នាំ",
					"ជួសជុលម៉ូតូ ៦ ខែ", "kandal-vtc", "កន្លែងសិក្សាដែលបានស្នើសុំ (60)", "ទំព័រ 1 នៃ 3",
					"<a href=\"/training/placements?group=requested&page=1\" rel=\"next\">ទំព័របន្ទាប់</a>",
					"<a href=\"/training/outcomes\">លទ្ធផលនៃសំណើសុំកន្លែងសិក្សារបស់អ្នក</a>")
			.doesNotContain("class=\"tabs");
	}

	@Test
	void shouldSayPlainlyWhenTheListsCannotBeShown() {
		vocational.stubFor(get(urlPathEqualTo("/api/placements")).willReturn(aResponse().withStatus(503)));

		assertThat(html(dara().get().uri("/training/placements").exchange().expectStatus().isEqualTo(503)))
			.contains("Training cannot be shown right now.");
	}

	@Test
	void shouldShowThePlacementWithTheYoungPersonOpeningAndReferral() {
		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("training/placement-requested.json"))));

		String page = html(dara().get().uri("/training/placements/" + ID).exchange().expectStatus().isOk());

		vocational
			.verify(getRequestedFor(urlEqualTo(API)).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
		assertThat(page)
			.contains("TDH-2026-0042", "Requested: waiting for the centre", "16 years", "Boy", "tdh-nl · dara.tdh",
					"<a href=\"/referrals/" + TrainingSearchIntegrationTest.REFERRAL + "\">Open the referral</a>",
					"<a href=\"/training/openings/" + TrainingSearchIntegrationTest.MOTORBIKES
							+ "\">Motorbike repair, 6 months</a>",
					"Kandal", "11 January 2027", "23 November 2026")
			.doesNotContain(ACCESS_TOKEN, ID_TOKEN);
	}

	@Test
	void shouldTellTheCentreTheSeatCameFromAReferralWithoutALinkItCannotOpenInEnglishAndKhmer() {
		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("training/placement-requested.json"))));

		String english = html(vanna().get().uri("/training/placements/" + ID).exchange().expectStatus().isOk());
		String khmer = html(
				vanna().get().uri("/training/placements/" + ID + "?lang=km").exchange().expectStatus().isOk());

		assertThat(english).contains("<dt>Referral</dt>",
				"<dd id=\"from-referral\">This seat was asked for from a referral. Only the organisation that asked for the seat can open the referral.</dd>")
			.doesNotContain("/referrals/" + TrainingSearchIntegrationTest.REFERRAL, "Open the referral");
		assertThat(khmer).contains("<dt>ការបញ្ជូន</dt>", "កន្លែងសិក្សានេះត្រូវបានស្នើសុំពីការបញ្ជូនមួយ។")
			.doesNotContain("/referrals/" + TrainingSearchIntegrationTest.REFERRAL, ">បើកការបញ្ជូន</a>");
	}

	@Test
	void shouldShowTheConsentTheSeatWasAskedUnderAndWhatItCoversInEnglishAndKhmer() {
		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("training/placement-requested.json"))));
		directory.stubFor(get(urlEqualTo("/api/organisations?page=0&size=100"))
			.willReturn(okJson(fixture("training/organisation-names.json"))));

		String english = html(vanna().get().uri("/training/placements/" + ID).exchange().expectStatus().isOk());
		String khmer = html(
				dara().get().uri("/training/placements/" + ID + "?lang=km").exchange().expectStatus().isOk());

		assertThat(english).contains("<dt>Consent</dt>",
				"<dd>A caregiver; covers Kandal Vocational Training Centre for Motorbike mechanics</dd>");
		assertThat(khmer).contains("<dt>ការយល់ព្រម</dt>",
				"<dd>អ្នកថែទាំ; គ្របដណ្តប់ មជ្ឈមណ្ឌលបណ្តុះបណ្តាលវិជ្ជាជីវៈកណ្តាល សម្រាប់ ");
	}

	@Test
	void shouldNameTheCentreAndTheRequesterAsTheDirectoryDoesInThePagesLanguage() {
		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("training/placement-requested.json"))));
		directory.stubFor(get(urlEqualTo("/api/organisations?page=0&size=100"))
			.willReturn(okJson(fixture("training/organisation-names.json"))));

		String english = html(vanna().get().uri("/training/placements/" + ID).exchange().expectStatus().isOk());
		String khmer = html(
				dara().get().uri("/training/placements/" + ID + "?lang=km").exchange().expectStatus().isOk());

		assertThat(english).contains("<dd>Kandal Vocational Training Centre</dd>",
				"<dd>Terre des Hommes Netherlands – Cambodia · dara.tdh</dd>");
		assertThat(khmer).contains("<dd>មជ្ឈមណ្ឌលបណ្តុះបណ្តាលវិជ្ជាជីវៈកណ្តាល</dd>",
				"<dd>តឺដេសហូម ហូឡង់ – កម្ពុជា · dara.tdh</dd>");
	}

	@Test
	void shouldOfferExactlyTheActionsTheServiceAllowsEachWithItsCsrfToken() {
		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("training/placement-requested.json"))));
		assertThat(forms(html(vanna().get().uri("/training/placements/" + ID).exchange().expectStatus().isOk())))
			.containsExactly("offer", "decline");

		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(placement("ENROLLED", "\"complete\",\"drop-out\""))));
		String enrolled = html(vanna().get().uri("/training/placements/" + ID).exchange().expectStatus().isOk());
		assertThat(forms(enrolled)).containsExactly("complete", "drop-out");
		assertThat(enrolled)
			.contains("<label for=\"outcome\">What the young person does now</label>",
					"<select id=\"outcome\" name=\"outcome\" required",
					"<option value=\"SELF_EMPLOYED\">Self-employed</option>",
					"<option value=\"FURTHER_EDUCATION\">Further education</option>",
					"<select id=\"dropOutReason\" name=\"dropOutReason\"",
					"<option value=\"LOST_CONTACT\">Lost contact</option>", "id=\"complete-submit\"",
					"id=\"drop-out-submit\"")
			.doesNotContain("offer-submit", "withdraw-submit", "enrol-submit");

		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(placement("OFFERED", "\"withdraw\""))));
		assertThat(forms(html(dara().get().uri("/training/placements/" + ID).exchange().expectStatus().isOk())))
			.containsExactly("withdraw");

		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(
				placement("COMPLETED", "").replace("\"closureCode\":null", "\"closureCode\":\"APPRENTICESHIP\""))));
		String closed = html(
				dara().get().uri("/training/placements/" + ID + "?lang=km").exchange().expectStatus().isOk());
		assertThat(forms(closed)).isEmpty();
		assertThat(closed).contains("បានបញ្ចប់", "ហ្វឹកហាត់ជាកូនជាង").doesNotContain("APPRENTICESHIP<");
	}

	@Test
	void shouldOfferTheSeatWithADayItIsHeldUntil() {
		vocational.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("training/placement-requested.json"))));

		String page = html(vanna().get().uri("/training/placements/" + ID).exchange().expectStatus().isOk());

		assertThat(page)
			.contains("<label for=\"holdUntil\">Seat held until</label>",
					"The seat is kept for this young person to the end of this day",
					"aria-describedby=\"holdUntil-hint\"", "<label for=\"declineReason\">Why you decline</label>",
					"<option value=\"COURSE_FULL\">The course is full</option>",
					"<button type=\"submit\" id=\"offer-submit\">Offer the seat</button>", "id=\"decline-submit\"")
			.containsPattern(
					"<input id=\"holdUntil\" name=\"holdUntil\" type=\"date\" required value=\"\\d{4}-\\d{2}-\\d{2}\"");
	}

	@Test
	void shouldShowAnotherOrganisationsPlacementAsNotFoundAndASilentServiceAsUnavailable() {
		vocational.stubFor(get(urlEqualTo(API)).willReturn(aResponse().withStatus(404)));
		assertThat(html(dara().get().uri("/training/placements/" + ID).exchange().expectStatus().isNotFound()))
			.contains("There is no seat request at this address that you may see.");
		assertThat(html(dara().get().uri("/training/placements/12").exchange().expectStatus().isNotFound()))
			.contains("There is no seat request at this address");
		vocational.verify(0, getRequestedFor(urlEqualTo("/api/placements/12")));

		vocational.stubFor(get(urlEqualTo(API)).willReturn(aResponse().withFixedDelay(3_000)));
		assertThat(html(dara().get().uri("/training/placements/" + ID).exchange().expectStatus().isEqualTo(503)))
			.contains("Training cannot be shown right now.");
	}

	static String placement(String status, String actions) {
		return fixture("training/placement-requested.json").replace("\"REQUESTED\"", "\"" + status + "\"")
			.replace("\"actions\":[\"offer\",\"decline\"]", "\"actions\":[" + actions + "]");
	}

	private void box(String statuses, String status, String code) {
		vocational.stubFor(get(urlPathEqualTo("/api/placements")).withQueryParam("box", equalTo("incoming"))
			.withQueryParam("status", equalTo(statuses))
			.willReturn(okJson(summaries(status, code))));
	}

	private static String summaries(String status, String code) {
		return fixture("training/placements-summaries.json").replace("STATUS", status)
			.replace("CODE", code == null ? "null" : "\"" + code + "\"");
	}

	private static java.util.List<String> forms(String page) {
		Matcher forms = Pattern
			.compile("<form class=\"act\" method=\"post\" id=\"act-([a-z-]+)\" action=\"/training/placements/" + ID
					+ "/([a-z-]+)\"><input type=\"hidden\" name=\"_csrf\" value=\"[\\w-]{20,}\"/>")
			.matcher(page);
		var offered = new ArrayList<String>();
		while (forms.find()) {
			assertThat(forms.group(2)).isEqualTo(forms.group(1));
			offered.add(forms.group(1));
		}
		return offered;
	}

}
