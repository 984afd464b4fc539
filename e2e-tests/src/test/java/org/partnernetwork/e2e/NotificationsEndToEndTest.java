package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnernetwork.launcher.Mail;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

/**
 * Nobody misses a seat request, through the gateway with Keycloak's tokens and the real
 * Keycloak as notification-service's directory of people: dara.tdh asks kandal-vtc for a
 * seat; vanna.kvtc (centre staff) finds it in her inbox and her e-mail (the launcher's
 * SMTP server), offers the seat, and dara finds the offer in his; what they were told
 * names the kind of thing, the organisation and the link only, never the young person's
 * case reference or note; nobody else can mark their notifications. Likewise a referral:
 * dara.tdh links Telegram (the Bot API being {@link TelegramStandIn}), sophea.aple sends
 * a referral to tdh-nl, dara.tdh finds it in his inbox, e-mail and Telegram chat, accepts
 * it, and sophea finds the answer in hers.
 */
class NotificationsEndToEndTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

	private static final Duration DELIVERY = Duration.ofSeconds(60);

	static HttpApi gateway;

	@BeforeAll
	static void startPlatform() {
		gateway = new HttpApi(RunningPlatform.urls().gateway());
	}

	@Test
	void shouldTellTheCentreOfASeatRequestAndTheRequesterOfTheOfferWithNothingAboutTheYoungPerson() {
		String dara = RunningPlatform.passwordGrant(DemoUser.DARA);
		String vanna = RunningPlatform.passwordGrant(DemoUser.VANNA);
		String sophea = RunningPlatform.passwordGrant(DemoUser.SOPHEA);
		String caseReference = ChildTexts.remember("TDH-NOTE-" + System.nanoTime());
		String note = ChildTexts.remember("Lives with an aunt near the river; shy at first " + System.nanoTime());

		// a cold platform's first call to the directory may time out (503, "try again in
		// a moment"): it is tried again
		Response opening = Deadline.poll(DELIVERY, () -> gateway.post("/api/openings", vanna, """
				{"trade": "tailoring", "title": {"en": "Tailoring", "km": "កាត់ដេរ"},
				 "province": "KH-8", "minAge": 15, "maxAge": 24, "sex": "any", "seats": 2,
				 "startDate": "%s", "durationWeeks": 12, "applicationDeadline": "%s",
				 "stipend": true, "stipendMonthlyUsd": 30, "boarding": false, "literacyRequired": false,
				 "certificate": "MoLVT C1"}""".formatted(TODAY.plusDays(21), TODAY.plusDays(14))),
				answer -> answer.status() != 503);
		assertThat(opening.status()).as(opening.body()).isEqualTo(201);
		Response requested = gateway.post("/api/placements", dara, """
				{"openingId": "%s", "caseReference": "%s", "age": 17, "sex": "female", "note": "%s",
				 "consent": {"givenBy": "CHILD"}}""".formatted(opening.json().get("id").asString(), caseReference,
				note));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		String placement = requested.json().get("id").asString();

		JsonNode received = notificationAbout(vanna, placement, "SEAT_REQUEST_RECEIVED");
		assertThat(received.get("organisation").asString()).isEqualTo("tdh-nl");
		assertThat(received.get("link").asString()).isEqualTo("/training/placements/" + placement);
		assertThat(gateway.get("/api/notifications/unread-count", vanna).json().get("unread").asLong()).isPositive();
		Mail mail = Deadline.poll(DELIVERY, () -> mailAbout(placement, "vanna.kvtc@example.org"),
				found -> found != null);
		assertThat(mail).as("an e-mail to vanna.kvtc").isNotNull();
		assertThat(mail.subject()).contains("a new seat request for your centre");
		assertThat(mail.text()).contains("tdh-nl").doesNotContain(caseReference, note);

		Response offered = gateway.post("/api/placements/" + placement + "/offer", vanna,
				"{\"holdUntil\": \"" + TODAY.plusDays(7) + "\"}");
		assertThat(offered.status()).as(offered.body()).isEqualTo(200);
		JsonNode offer = notificationAbout(dara, placement, "SEAT_REQUEST_OFFERED");
		assertThat(offer.get("organisation").asString()).isEqualTo("kandal-vtc");

		String vannasNotification = received.get("id").asString();
		assertProblem(gateway.post("/api/notifications/" + vannasNotification + "/read", sophea, ""), 404, "not-found");
		Response read = gateway.post("/api/notifications/" + vannasNotification + "/read", vanna, "");
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		for (String person : List.of(vanna, dara)) {
			assertThat(gateway.get("/api/notifications?size=100", person).body()).doesNotContain(caseReference, note);
		}
	}

	@Test
	void shouldTellTheReceiverOfAReferralAndTheSenderOfTheAnswerWithNothingAboutTheChild() {
		String dara = RunningPlatform.passwordGrant(DemoUser.DARA);
		String sophea = RunningPlatform.passwordGrant(DemoUser.SOPHEA);
		String caseReference = ChildTexts.remember("APLE-NOTIFY-" + System.nanoTime());
		String summary = ChildTexts.remember("Notify check: boy, 13, afraid to go home " + System.nanoTime());
		long daraChat = TelegramStandIn.link(gateway, DemoUser.DARA, dara);

		Response sent = Deadline.poll(DELIVERY,
				() -> gateway.post("/api/referrals", sophea,
						"""
								{"receiverOrganisation": "tdh-nl", "serviceType": "psychosocial-counselling", "caseReference": "%s",
								 "child": {"sex": "male", "ageYears": 13, "province": "KH-8", "languages": ["km"]},
								 "urgency": "EMERGENCY", "riskLevel": "HIGH", "summary": "%s",
								 "consent": {"givenBy": "CAREGIVER", "childAssented": true, "recordedAt": "%s"}, "send": true}"""
							.formatted(caseReference, summary,
									java.time.Instant.now()
										.minus(Duration.ofHours(1))
										.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))),
				answer -> answer.status() != 503);
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		String referral = sent.json().get("id").asString();

		JsonNode received = notificationAbout(dara, referral, "REFERRAL_RECEIVED");
		assertThat(received.get("organisation").asString()).isEqualTo("aple");
		assertThat(received.get("urgency").asString()).isEqualTo("EMERGENCY");
		assertThat(received.get("link").asString()).isEqualTo("/referrals/" + referral);
		Mail mail = Deadline.poll(DELIVERY, () -> mailAbout(referral, "dara.tdh@example.org"), found -> found != null);
		assertThat(mail).as("an e-mail to dara.tdh").isNotNull();
		assertThat(mail.text()).contains("aple").doesNotContain(caseReference, summary, "KH-8");
		TelegramStandIn.Sent telegram = TelegramStandIn.awaitMessage(daraChat, "/referrals/" + referral, DELIVERY);
		assertThat(telegram).as("a Telegram message to dara.tdh's chat").isNotNull();
		assertThat(telegram.text())
			.containsAnyOf("a new referral for your organisation", "ការបញ្ជូនករណីថ្មីសម្រាប់អង្គការរបស់អ្នក")
			.contains("aple", RunningPlatform.urls().gateway() + "/referrals/" + referral)
			.doesNotContain(caseReference, summary, "KH-8");

		Response accepted = gateway.post("/api/referrals/" + referral + "/accept", dara, "");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		JsonNode answer = notificationAbout(sophea, referral, "REFERRAL_ACCEPTED");
		assertThat(answer.get("organisation").asString()).isEqualTo("tdh-nl");
		for (String person : List.of(dara, sophea)) {
			assertThat(gateway.get("/api/notifications?size=100", person).body()).doesNotContain(caseReference,
					summary);
		}
	}

	/** The person's notification of this kind about the placement, once it has come. */
	private static JsonNode notificationAbout(String token, String placement, String kind) {
		JsonNode found = Deadline.poll(DELIVERY, () -> {
			Response inbox = gateway.get("/api/notifications?size=100", token);
			assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
			for (JsonNode item : inbox.json().get("items")) {
				if (item.get("kind").asString().equals(kind) && item.get("link").asString().endsWith("/" + placement)) {
					return item;
				}
			}
			return null;
		}, item -> item != null);
		assertThat(found).as("a %s notification about %s", kind, placement).isNotNull();
		return found;
	}

	private static Mail mailAbout(String placement, String address) {
		return RunningPlatform.get()
			.mails()
			.stream()
			.filter(mail -> mail.to().contains(address) && mail.text().contains(placement))
			.findFirst()
			.orElse(null);
	}

}
