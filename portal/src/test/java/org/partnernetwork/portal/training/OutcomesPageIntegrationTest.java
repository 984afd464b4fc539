package org.partnernetwork.portal.training;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.HttpHeaders;

/**
 * A centre's outcomes, and those of the seats an organisation asked for, as a table of
 * figures in English and Khmer, for the roles vocational-service lets read them.
 */
class OutcomesPageIntegrationTest extends PortalIntegrationTest {

	private static final String INCOMING = "/api/placements/outcomes?box=incoming";

	private static final String OUTGOING = "/api/placements/outcomes?box=outgoing";

	@Test
	void shouldShowACentreItsFiguresAsATable() {
		vocational.stubFor(get(urlEqualTo(INCOMING)).willReturn(okJson(fixture("training/outcomes.json"))));

		String page = html(signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").get()
			.uri("/training/outcomes")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store")));

		vocational.verify(
				getRequestedFor(urlEqualTo(INCOMING)).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
		assertThat(page).contains("<h1>Your centre's outcomes</h1>", "<caption>Seat requests</caption>")
			.containsSubsequence("<th scope=\"row\">All seat requests</th><td>278</td>",
					"<th scope=\"row\">Waiting for the centre's answer</th><td>12</td>",
					"<th scope=\"row\">In training</th><td>21</td>", "<th scope=\"row\">Completed</th><td>15</td>",
					"<th scope=\"row\">Declined</th><td>200</td>",
					"<th scope=\"row\">The offer was not taken in time</th><td>6</td>",
					"<caption>Completed: what the young people do now</caption>",
					"<th scope=\"row\">Employed</th><td>9</td>", "<th scope=\"row\">Not working</th><td>0</td>",
					"<caption>Dropped out: why they left</caption>", "<th scope=\"row\">Found work</th><td>2</td>")
			.doesNotContain("EMPLOYED<", "FOUND_WORK<");
	}

	@Test
	void shouldShowACoordinatorTheFiguresOfTheSeatsTheirOrganisationAskedForInKhmer() {
		vocational.stubFor(get(urlEqualTo(OUTGOING))
			.willReturn(okJson(fixture("training/outcomes.json").replace("\"incoming\"", "\"outgoing\"")
				.replace("\"organisation\":\"kandal-vtc\",\"centre\":\"kandal-vtc\"", "\"organisation\":\"tdh-nl\""))));

		String page = html(signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").get()
			.uri("/training/outcomes?lang=km")
			.exchange()
			.expectStatus()
			.isOk());

		vocational.verify(
				getRequestedFor(urlPathEqualTo("/api/placements/outcomes")).withQueryParam("box", equalTo("outgoing")));
		assertThat(page).contains("<h1>លទ្ធផលនៃសំណើសុំកន្លែងសិក្សារបស់អ្នក</h1>")
			.containsSubsequence("<th scope=\"row\">សំណើសុំកន្លែងសិក្សាទាំងអស់</th><td>278</td>",
					"<th scope=\"row\">មានការងារធ្វើ</th><td>9</td>", "<th scope=\"row\">រកបានការងារ</th><td>2</td>");
	}

	@Test
	void shouldSayTheFiguresAreNotForThisRoleWhenTheServiceRefuses() {
		vocational.stubFor(get(urlEqualTo(OUTGOING)).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:forbidden\",\"status\":403}")));

		String page = html(signedInAs("new.member", "New", "tdh-nl").get()
			.uri("/training/outcomes")
			.exchange()
			.expectStatus()
			.isForbidden());

		assertThat(page).contains("These figures are for a centre's staff").doesNotContain("<table");
	}

	@Test
	void shouldSayPlainlyWhenTheFiguresCannotBeShown() {
		vocational.stubFor(get(urlEqualTo(INCOMING)).willReturn(aResponse().withStatus(503)));

		assertThat(html(signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").get()
			.uri("/training/outcomes?lang=km")
			.exchange()
			.expectStatus()
			.isEqualTo(503))).doesNotContain("<table");
	}

	@Test
	void shouldLinkTheFiguresFromTheTrainingPagesForTheRolesThatReadThem() {
		vocational.stubFor(get(urlPathEqualTo("/api/openings"))
			.willReturn(okJson("{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}")));

		String centre = html(signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").get()
			.uri("/training")
			.exchange()
			.expectStatus()
			.isOk());
		String coordinator = html(signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").get()
			.uri("/training?lang=km")
			.exchange()
			.expectStatus()
			.isOk());
		String noRole = html(
				signedInAs("new.member", "New", "tdh-nl").get().uri("/training").exchange().expectStatus().isOk());

		assertThat(centre).contains("<a href=\"/training/outcomes\">Your centre's outcomes</a>");
		assertThat(coordinator).contains("<a href=\"/training/outcomes\">លទ្ធផលនៃសំណើសុំកន្លែងសិក្សារបស់អ្នក</a>");
		assertThat(noRole).doesNotContain("/training/outcomes");
	}

}
