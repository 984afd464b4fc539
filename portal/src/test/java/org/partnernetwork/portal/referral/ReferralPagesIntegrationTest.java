package org.partnernetwork.portal.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.http.HttpHeaders;

/**
 * The referral boxes and one referral's page, as a receiver at tdh-nl would read them, in
 * either language.
 */
class ReferralPagesIntegrationTest extends PortalIntegrationTest {

	static final String ID = "5a1f0e2c-8d3b-4c7a-9e61-2b4d6f8a0c11";

	@Test
	void shouldShowTheIncomingBoxWithWhatIsOverdueAndWaitingFirst() {
		referrals.stubFor(get(urlPathEqualTo("/api/referrals")).willReturn(okJson(fixture("referrals-incoming.json"))));

		String page = html(signedIn().get()
			.uri("/referrals")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store")));

		referrals.verify(getRequestedFor(urlPathEqualTo("/api/referrals")).withQueryParam("box", equalTo("incoming"))
			.withQueryParam("page", equalTo("0"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
		assertThat(page)
			.contains("<a href=\"/referrals?box=incoming\" aria-current=\"page\">Incoming</a>",
					"<a href=\"/referrals?box=outgoing\">Outgoing</a>", "href=\"/referrals/" + ID + "\"", "From aple",
					"Overdue", "Waiting for you", "Requested", "Emergency (answer within 24 hours)",
					"24 November 2026, 09:00", "Boy, 12 years", "Psychosocial counselling", "From mekong-youth",
					"Accepted", "Girl, 15 years")
			.containsSubsequence("From aple", "From mekong-youth")
			.contains("<a href=\"/referrals\">Referrals</a>");
		assertThat(page).doesNotContain(ACCESS_TOKEN, ID_TOKEN);
	}

	@Test
	void shouldNameTheOrganisationsAsTheDirectoryNamesThemInThePagesLanguage() {
		referrals.stubFor(get(urlPathEqualTo("/api/referrals")).willReturn(okJson(fixture("referrals-incoming.json"))));
		referrals
			.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(fixture("referral-requested.json"))));
		directory.stubFor(get(urlEqualTo("/api/organisations?page=0&size=100"))
			.willReturn(okJson(fixture("organisation-names-0.json"))));
		directory.stubFor(get(urlEqualTo("/api/organisations?page=1&size=100"))
			.willReturn(okJson(fixture("organisation-names-1.json"))));

		String box = html(signedIn().get().uri("/referrals").exchange().expectStatus().isOk());
		String referral = html(signedIn().get().uri("/referrals/" + ID + "?lang=km").exchange().expectStatus().isOk());

		assertThat(box).containsSubsequence("From APLE Cambodia", "From Mekong Youth Care").doesNotContain("From aple");
		assertThat(referral).contains("<dd>អាប្លេ កម្ពុជា</dd>", "<dd>តឺដេសហូម ហូឡង់ – កម្ពុជា</dd>");
		directory.verify(getRequestedFor(urlEqualTo("/api/organisations?page=1&size=100")).withHeader("Authorization",
				equalTo("Bearer " + ACCESS_TOKEN)));
	}

	@Test
	void shouldShowTheTrainingOnTheTimelineAndOfferACoordinatorASeatForTheYoungPerson() {
		referrals.stubFor(
				get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(fixture("referral-accepted-trained.json"))));

		String coordinator = html(signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").get()
			.uri("/referrals/" + ID)
			.exchange()
			.expectStatus()
			.isOk());
		String khmer = html(signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").get()
			.uri("/referrals/" + ID + "?lang=km")
			.exchange()
			.expectStatus()
			.isOk());
		referrals
			.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(fixture("referral-accepted-trained.json")
				.replace("\"status\":\"ACCEPTED\",\"stub\"", "\"status\":\"COMPLETED\",\"stub\""))));
		String closed = html(signedInAs("dara.tdh", "Dara", "tdh-nl", "coordinator").get()
			.uri("/referrals/" + ID)
			.exchange()
			.expectStatus()
			.isOk());

		assertThat(coordinator)
			.containsSubsequence("Enrolled in training", "Training completed</strong> · <span>Employed</span>")
			.contains("<a class=\"action\" id=\"request-seat\" href=\"/training?referral=" + ID + "\">");
		assertThat(khmer).contains("បានបញ្ចប់វគ្គបណ្តុះបណ្តាល</strong> · <span>មានការងារធ្វើ</span>",
				"ស្នើសុំកន្លែងក្នុងវគ្គបណ្តុះបណ្តាល");
		assertThat(closed).as("a closed referral has no seat to ask for")
			.contains("Completed")
			.doesNotContain("request-seat");
	}

	@Test
	void shouldShowTheOutgoingBoxInKhmer() {
		referrals.stubFor(get(urlPathEqualTo("/api/referrals")).willReturn(okJson(fixture("referrals-incoming.json"))));

		String page = html(signedIn().get().uri("/referrals?box=outgoing&lang=km").exchange().expectStatus().isOk());

		referrals.verify(getRequestedFor(urlPathEqualTo("/api/referrals")).withQueryParam("box", equalTo("outgoing")));
		assertThat(page).contains("<html lang=\"km\">",
				"<a href=\"/referrals?box=outgoing\" aria-current=\"page\">ចេញ</a>", "ទៅ tdh-nl", "ហួសកំណត់",
				"រង់ចាំអ្នក", "បានស្នើសុំ", "បន្ទាន់បំផុត", "ក្មេងប្រុស អាយុ 12 ឆ្នាំ");
	}

	@Test
	void shouldSayPlainlyWhenReferralsCannotBeShown() {
		referrals
			.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500).withBody("java.lang.IllegalStateException")));

		assertThat(html(signedIn().get().uri("/referrals").exchange().expectStatus().isEqualTo(503)))
			.contains("Referrals cannot be shown right now.")
			.doesNotContain("IllegalStateException");
	}

	@Test
	void shouldSayWhyAPersonWithoutOneOrganisationSeesNoBoxes() {
		referrals.stubFor(get(urlPathEqualTo("/api/referrals")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:partner-network:problem:organisation-required\",\"status\":403}")));

		assertThat(html(signedIn().get().uri("/referrals").exchange().expectStatus().isForbidden()))
			.contains("your account must be a member of exactly one to see them.");
	}

	@Test
	void shouldShowTheReferralWithTheChildConsentTimelineAndNoStore() {
		referrals
			.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(fixture("referral-requested.json"))));

		String page = html(signedIn().get()
			.uri("/referrals/" + ID)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store")));

		referrals.verify(getRequestedFor(urlEqualTo("/api/referrals/" + ID))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withoutHeader("Cookie"));
		assertThat(page).contains("APLE-2026-0142", "Psychosocial counselling", "Boy", "12 years", "Kandal", "Khmer",
				"Emergency (answer within 24 hours)", "High", "Sleeps badly since the flood", "A caregiver",
				"The child agreed", "Requested", "24 November 2026, 09:00", "Created", "Sent",
				"He prefers a male counsellor who speaks Khmer.", "Add a note");
		assertThat(page).doesNotContain(ACCESS_TOKEN, ID_TOKEN);
	}

	@Test
	void shouldOfferExactlyTheActionsTheServiceAllows() {
		referrals
			.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(fixture("referral-requested.json"))));

		String page = html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());

		Matcher forms = Pattern
			.compile("<form class=\"act\" method=\"post\" id=\"act-([a-z-]+)\" action=\"/referrals/" + ID
					+ "/([a-z-]+)\"><input type=\"hidden\" name=\"_csrf\" value=\"[\\w-]{20,}\"/>")
			.matcher(page);
		var offered = new java.util.ArrayList<String>();
		while (forms.find()) {
			assertThat(forms.group(2)).isEqualTo(forms.group(1));
			offered.add(forms.group(1));
		}
		assertThat(offered).as("one form for each allowed action, each with the page's CSRF token")
			.containsExactly("accept", "decline");
		assertThat(page)
			.contains(">Accept</button>", ">Decline</button>", "<option value=\"NO_CAPACITY\">No capacity</option>")
			.doesNotContain(">Start the service</button>", ">Complete</button>", ">Cancel the referral</button>",
					"/" + ID + "/start", "/" + ID + "/cancel");
	}

	@Test
	void shouldShowAReceiverOnlyTheStubOfADeclinedReferralWithNothingToDo() {
		referrals.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(
				okJson("""
						{"id":"%s","kind":"SERVICE","status":"DECLINED","stub":true,
						 "parties":{"sender":"aple","receiver":"tdh-nl","lead":"aple"},"closureCode":"NO_CAPACITY",
						 "dates":{"createdAt":"2026-11-23T02:00:00Z","closedAt":"2026-11-23T05:00:00Z"},
						 "needsAction":false,"overdue":false,"actions":[],
						 "timeline":[{"at":"2026-11-23T05:00:00Z","type":"DECLINE","status":"DECLINED","organisation":"tdh-nl","by":"dara.tdh","code":"NO_CAPACITY","note":null}]}
						"""
					.formatted(ID))));

		String page = html(signedIn().get().uri("/referrals/" + ID).exchange().expectStatus().isOk());

		assertThat(page)
			.contains("This referral is closed: you see only its status and dates.", "Declined", "No capacity")
			.doesNotContain("<form class=\"act\"", "Add a note", "What you can do now", "<h2>Child</h2>",
					"<h2>Summary</h2>");
	}

	@Test
	void shouldShowTheReferralInKhmer() {
		referrals
			.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(okJson(fixture("referral-requested.json"))));

		String page = html(signedIn().get().uri("/referrals/" + ID + "?lang=km").exchange().expectStatus().isOk());

		assertThat(page).contains("<html lang=\"km\">", "ក្មេងប្រុស", "កណ្តាល", "អ្នកថែទាំ", "ទទួលយក", "បដិសេធ",
				"គ្មានលទ្ធភាពទទួល", "បន្ថែមកំណត់ចំណាំ");
	}

	@Test
	void shouldShowTheNotFoundPageWithoutSayingWhetherTheReferralExists() {
		referrals.stubFor(get(urlEqualTo("/api/referrals/" + ID)).willReturn(aResponse().withStatus(404)));

		assertThat(html(signedIn().get()
			.uri("/referrals/" + ID)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"))))
			.contains("There is no referral at this address that you may see.");
		assertThat(html(signedIn().get().uri("/referrals/not-an-id").exchange().expectStatus().isNotFound()))
			.contains("There is no referral at this address that you may see.");
		referrals.verify(0, getRequestedFor(urlEqualTo("/api/referrals/not-an-id")));
	}

}
