package org.partnernetwork.portal.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The start page's worklist (counted by the services, each line opening its own list),
 * the boxes' filters and case-reference search, the lines' case reference, date sent,
 * urgency and kind, and a sender opening on Outgoing; in English and Khmer.
 */
class WorklistIntegrationTest extends PortalIntegrationTest {

	private static final String COUNTS = """
			{"toAnswer": 3, "overdueToAnswer": 1, "transfersOffered": 1, "infoRequested": 2, "overdueSent": 4}""";

	private static final String EMPTY = """
			{"items": [], "page": 0, "size": 20, "totalItems": 0, "totalPages": 0}""";

	private static String withCaseReferences() {
		return fixture("referrals-incoming.json").replaceFirst("\"kind\":\"SERVICE\"", "\"kind\":\"TRANSFER\"")
			.replaceFirst("\"serviceType\":\"psychosocial-counselling\"",
					"\"serviceType\":\"psychosocial-counselling\",\"caseReference\":\"APLE-2026-0142\"");
	}

	@Test
	void shouldCountWhatWaitsForACoordinatorAndOpenEachListFromItsLine() {
		referrals.stubFor(get(urlEqualTo("/api/referrals/worklist")).willReturn(okJson(COUNTS)));

		String page = html(signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").get()
			.uri("/worklist")
			.exchange()
			.expectStatus()
			.isOk());
		String khmer = html(signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").get()
			.uri("/worklist?lang=km")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(page).containsSubsequence("Waiting for you",
				"<a href=\"/referrals?box=incoming&status=REQUESTED\"><span>Referrals to answer</span> <strong class=\"count\">3</strong></a>",
				"1 overdue",
				"<a href=\"/referrals?box=outgoing&status=INFO_REQUESTED\"><span>Information asked of you</span> <strong class=\"count\">2</strong></a>",
				"<a href=\"/referrals?box=incoming&status=REQUESTED&kind=TRANSFER\"><span>Transfers offered to your organisation</span> <strong class=\"count\">1</strong></a>",
				"<a href=\"/referrals?box=outgoing&status=REQUESTED&overdue=true\"><span>Your referrals past their answer deadline</span> <strong class=\"count\">4</strong></a>",
				"Find help for a child");
		assertThat(khmer).contains("កំពុងរង់ចាំអ្នក", "ការបញ្ជូនដែលត្រូវឆ្លើយ", "ហួសកាលកំណត់ 1",
				"ការផ្ទេរដែលបានផ្តល់ជូនអង្គការរបស់អ្នក");
		referrals.verify(2, getRequestedFor(urlEqualTo("/api/referrals/worklist")).withHeader("Authorization",
				equalTo("Bearer " + ACCESS_TOKEN)));
		referrals.verify(0, getRequestedFor(urlPathEqualTo("/api/referrals")));
		vocational.verify(0, getRequestedFor(anyUrl()));
	}

	@Test
	void shouldCountTheSeatRequestsACentreIsAskedToAnswer() {
		vocational.stubFor(get(urlEqualTo("/api/placements?box=incoming&status=REQUESTED&size=1"))
			.willReturn(okJson("{\"items\": [], \"page\": 0, \"size\": 1, \"totalItems\": 5, \"totalPages\": 5}")));

		String page = html(signedInAs("vanna.kvtc", "Vanna", "kandal-vtc", "centre-staff").get()
			.uri("/worklist?lang=km")
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(page).contains(
				"<a href=\"/training/placements#group-awaiting\"><span>សំណើកន្លែងសិក្សាដែលត្រូវឆ្លើយ</span> <strong class=\"count\">5</strong></a>");
		referrals.verify(0, getRequestedFor(anyUrl()));
	}

	@Test
	void shouldSayWhenTheCountsCannotBeHad() {
		String page = html(signedIn().get().uri("/worklist").exchange().expectStatus().isOk());

		assertThat(page).contains("Referrals could not be counted just now.", "Find help for a child");
	}

	@Test
	void shouldShowTheStartPageAtOnceAndLoadTheCountsAfterIt() {
		referrals.stubFor(get(urlEqualTo("/api/referrals/worklist")).willReturn(okJson(COUNTS)));

		String home = html(signedIn().get().uri("/").exchange().expectStatus().isOk());
		String counts = html(signedIn().get()
			.uri("/worklist")
			.header("HX-Request", "true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Vary", vary -> assertThat(vary).contains("HX-Request")));

		assertThat(home).as("asks the services nothing, and loads the counts once shown")
			.contains("hx-get=\"/worklist\"", "<a href=\"/worklist\">See what waits for you</a>",
					"Find help for a child");
		referrals.verify(1, getRequestedFor(urlEqualTo("/api/referrals/worklist")));
		assertThat(counts.strip()).as("only the list, for htmx to swap in")
			.startsWith("<section")
			.contains("Referrals to answer", "<strong class=\"count\">3</strong>")
			.doesNotContain("<html", "Find help for a child");
	}

	@Test
	void shouldOpenTheTransfersOfferedAsTheirOwnListWithEachLinesReferenceDateAndUrgency() {
		referrals.stubFor(get(urlPathEqualTo("/api/referrals")).willReturn(okJson(withCaseReferences())));

		String page = html(signedIn().get()
			.uri("/referrals?box=incoming&status=REQUESTED&kind=TRANSFER")
			.exchange()
			.expectStatus()
			.isOk());

		referrals.verify(getRequestedFor(urlPathEqualTo("/api/referrals")).withQueryParam("box", equalTo("incoming"))
			.withQueryParam("status", equalTo("REQUESTED"))
			.withQueryParam("kind", equalTo("TRANSFER")));
		assertThat(page)
			.contains("Shown:</span> <strong>Transfers</strong> <strong>Requested</strong>",
					"<option value=\"REQUESTED\" selected=\"selected\">Requested</option>")
			.containsSubsequence("From aple", "<dt>Case reference</dt> <dd><bdi>APLE-2026-0142</bdi></dd>",
					"<dt>Kind</dt> <dd>Transfer: they take the lead</dd>",
					"<dt>Sent</dt> <dd>23 November 2026, 09:00</dd>", "Emergency (answer within 24 hours)",
					"From mekong-youth", "<dt>Sent</dt> <dd>20 November 2026, 09:00</dd>");
		assertThat(page.substring(page.indexOf("From mekong-youth"))).doesNotContain("Kind");
	}

	@Test
	void shouldOpenOnOutgoingForAnOrganisationThatWasNeverSentAReferral() {
		referrals.stubFor(get(urlPathEqualTo("/api/referrals")).withQueryParam("box", equalTo("incoming"))
			.willReturn(okJson(EMPTY)));
		referrals.stubFor(get(urlPathEqualTo("/api/referrals")).withQueryParam("box", equalTo("outgoing"))
			.willReturn(okJson(withCaseReferences())));

		String page = html(signedIn().get().uri("/referrals?lang=km").exchange().expectStatus().isOk());
		String asked = html(signedIn().get().uri("/referrals?box=incoming").exchange().expectStatus().isOk());

		assertThat(page).contains("<a href=\"/referrals?box=outgoing\" aria-current=\"page\">ចេញ</a>", "ទៅ tdh-nl",
				"APLE-2026-0142");
		assertThat(asked).as("asked for incoming, shown incoming")
			.contains("<a href=\"/referrals?box=incoming\" aria-current=\"page\">Incoming</a>", "No referrals here.");
	}

	@Test
	void shouldFindACaseReferenceByPostingItNeverPuttingItInAUrl() {
		referrals.stubFor(post(urlPathEqualTo("/api/referrals/search")).willReturn(okJson(withCaseReferences())));

		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/search")
			.body(BodyInserters.fromFormData("box", "incoming").with("caseReference", " APLE-2026-0142 "))
			.exchange()
			.expectStatus()
			.isOk());

		referrals.verify(postRequestedFor(urlPathEqualTo("/api/referrals/search"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withRequestBody(equalToJson("{\"box\": \"incoming\", \"caseReference\": \"APLE-2026-0142\"}")));
		assertThat(referrals.getAllServeEvents())
			.allSatisfy(event -> assertThat(event.getRequest().getUrl()).doesNotContain("APLE-2026-0142"));
		assertThat(page).contains(
				"<form class=\"filters\" id=\"find-case\" method=\"post\" action=\"/referrals/search\">",
				"Referrals with case reference APLE-2026-0142", "From aple");
	}

	@Test
	void shouldRefuseAReferenceThatCannotBeOneWithoutAskingTheService() {
		String page = html(signedIn().mutateWith(csrf())
			.post()
			.uri("/referrals/search?lang=km")
			.body(BodyInserters.fromFormData("box", "outgoing").with("caseReference", "Sokha Chan"))
			.exchange()
			.expectStatus()
			.isBadRequest());

		assertThat(page).contains("id=\"caseReference-error\"", "សូមវាយលេខយោងករណី", "aria-invalid=\"true\"");
		referrals.verify(0, postRequestedFor(anyUrl()));
	}

}
