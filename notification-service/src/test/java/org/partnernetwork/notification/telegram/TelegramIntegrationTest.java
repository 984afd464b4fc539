package org.partnernetwork.notification.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnernetwork.notification.NotificationIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram, with WireMock as the Bot API: a person links their chat with a one-time code
 * sent to the bot (fresh, unused, theirs), is told there of what happens in their
 * language, with the kind, organisation, urgency and link only; Telegram failing means
 * later, the bot blocked means never and the portal says so; the bot's token is never in
 * a log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramIntegrationTest extends NotificationIntegrationTest {

	private static final String BOT = "/bot" + BOT_TOKEN;

	@Autowired
	private TelegramPoller poller;

	@Autowired
	private TelegramRelay relay;

	private final String vanna = subjectOf(DemoUser.VANNA);

	@BeforeEach
	void nobodyLinked() {
		jdbc.update("delete from outgoing_telegram");
		jdbc.update("delete from telegram_link_code");
		jdbc.update("delete from notification_preference");
		jdbc.update("update telegram_poll set next_offset = 0");
		organisations("kandal-vtc");
		members("kandal-vtc", person(vanna, "vanna@kvtc.example.org", "km"));
		roleHolders("coordinator", vanna);
	}

	@Test
	void shouldLinkTheChatThatSendsAFreshCodeAndSayLinked() {
		JsonNode code = newCode(DemoUser.VANNA);
		assertThat(code.get("code").asString()).matches("[A-Z2-9]{8}");
		assertThat(code.get("botName").asString()).isEqualTo("PartnerNetworkTestBot");
		updates("{\"update_id\": 41, \"message\": {\"chat\": {\"id\": 4242}, \"text\": \"/start %s\"}}"
			.formatted(code.get("code").asString().toLowerCase()));

		assertThat(poller.readUpdates()).isEqualTo(1);

		assertThat(status(DemoUser.VANNA).get("linked").asBoolean()).isTrue();
		assertThat(
				api().get("/api/notifications/preferences", token(DemoUser.VANNA)).json().get("telegram").asBoolean())
			.isTrue();
		assertThat(reply(4242)).contains("Linked");
		assertThat(
				jdbc.queryForList("select action from audit_event where actor_id = ? order by id", String.class, vanna))
			.endsWith("link-telegram");
		updates();
		poller.readUpdates();
		telegram.verify(postRequestedFor(urlPathEqualTo(BOT + "/getUpdates"))
			.withRequestBody(matchingJsonPath("$.offset", equalToJson("42"))));
	}

	@Test
	void shouldRefuseAnExpiredCode() {
		String code = newCode(DemoUser.VANNA).get("code").asString();
		clock.set(Instant.now().plus(Duration.ofMinutes(16)));
		updates(start(1, 4242, code));

		assertThat(poller.readUpdates()).isZero();

		assertThat(status(DemoUser.VANNA).get("linked").asBoolean()).isFalse();
		assertThat(reply(4242)).contains("unknown or has expired");
	}

	@Test
	void shouldRefuseACodeUsedBeforeAndAnOlderCodeOnceANewOneIsMade() {
		String first = newCode(DemoUser.VANNA).get("code").asString();
		String second = newCode(DemoUser.VANNA).get("code").asString();
		updates(start(1, 4242, first), start(2, 4242, second), start(3, 5151, second));

		assertThat(poller.readUpdates()).isEqualTo(1);

		assertThat(jdbc.queryForObject("select telegram_chat_id from notification_preference where person = ?",
				Long.class, vanna))
			.isEqualTo(4242L);
		assertThat(reply(5151)).contains("unknown or has expired");
	}

	@Test
	void shouldLinkACodeToThePersonItWasMadeForOnly() {
		String sopheas = newCode(DemoUser.SOPHEA).get("code").asString();
		newCode(DemoUser.VANNA);
		updates(start(7, 777, sopheas));

		assertThat(poller.readUpdates()).isEqualTo(1);

		assertThat(status(DemoUser.SOPHEA).get("linked").asBoolean()).isTrue();
		assertThat(status(DemoUser.VANNA).get("linked").asBoolean()).isFalse();
	}

	@Test
	void shouldSendTheKindOrganisationUrgencyAndLinkInThePersonsLanguageAndNothingElse() {
		linkedChat(DemoUser.VANNA, 4242);
		UUID referral = takeIn("EMERGENCY");

		assertThat(relay.sendDue(Instant.now())).isEqualTo(1);

		JsonNode sent = sentMessages().getFirst();
		assertThat(sent.propertyNames()).containsExactlyInAnyOrder("chat_id", "text", "link_preview_options");
		assertThat(sent.get("chat_id").asLong()).isEqualTo(4242);
		assertThat(sent.get("text").asString()).contains("ការបញ្ជូនករណីថ្មីសម្រាប់អង្គការរបស់អ្នក", "tdh-nl",
				"បន្ទាន់បំផុត", "https://portal.example.org/referrals/" + referral);
		assertThat(relay.sendDue(Instant.now().plusSeconds(3600))).as("each message goes once").isZero();
	}

	@Test
	void shouldTryAgainAfterTelegramFailsAndSendOnce() {
		linkedChat(DemoUser.VANNA, 4242);
		takeIn("ROUTINE");
		sendMessageAnswers(aResponse().withStatus(502));

		assertThat(relay.sendDue(Instant.now())).isZero();
		assertThat(states()).containsOnly("PENDING");

		sendMessageAnswers(okJson("{\"ok\": true, \"result\": {}}"));
		assertThat(relay.sendDue(Instant.now().plus(Duration.ofHours(1)))).isEqualTo(1);
		assertThat(relay.sendDue(Instant.now().plus(Duration.ofHours(2)))).isZero();
		assertThat(states()).containsOnly("SENT");
	}

	@Test
	void shouldWaitAsLongAsTelegramAsksWhenItSaysTooManyRequests() {
		linkedChat(DemoUser.VANNA, 4242);
		takeIn("HIGH");
		sendMessageAnswers(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\": false, \"error_code\": 429, \"parameters\": {\"retry_after\": 120}}"));
		Instant now = Instant.now();
		clock.set(now);

		assertThat(relay.sendDue(now)).isZero();
		assertThat(relay.sendDue(now.plusSeconds(60))).as("not before Telegram said").isZero();
		assertThat(telegram.findAll(postRequestedFor(urlPathEqualTo(BOT + "/sendMessage")))).hasSize(1);

		sendMessageAnswers(okJson("{\"ok\": true, \"result\": {}}"));
		assertThat(relay.sendDue(now.plusSeconds(121))).isEqualTo(1);
	}

	@Test
	void shouldGiveUpWhenTheBotIsBlockedAndSayItInThePortal() {
		linkedChat(DemoUser.VANNA, 4242);
		takeIn("ROUTINE");
		assertThat(status(DemoUser.VANNA).get("unreachable").asBoolean()).isFalse();
		sendMessageAnswers(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"ok\": false, \"error_code\": 403, \"description\": \"Forbidden: bot was blocked by the user\"}"));

		assertThat(relay.sendDue(Instant.now())).isZero();

		assertThat(states()).containsOnly("FAILED");
		assertThat(status(DemoUser.VANNA).get("unreachable").asBoolean()).isTrue();
		assertThat(relay.sendDue(Instant.now().plus(Duration.ofHours(1)))).isZero();
		assertThat(telegram.findAll(postRequestedFor(urlPathEqualTo(BOT + "/sendMessage")))).hasSize(1);
	}

	@Test
	void shouldStopSendingOnceThePersonUnlinks() {
		linkedChat(DemoUser.VANNA, 4242);

		var unlinked = delete("/api/notifications/telegram", token(DemoUser.VANNA));
		assertThat(unlinked.status()).isEqualTo(200);
		assertThat(unlinked.json().get("linked").asBoolean()).isFalse();

		assertThat(status(DemoUser.VANNA).get("linked").asBoolean()).isFalse();
		takeIn("EMERGENCY");
		assertThat(states()).isEmpty();
	}

	@Test
	void shouldNeverLogTheBotsToken(CapturedOutput output) {
		linkedChat(DemoUser.VANNA, 4242);
		takeIn("ROUTINE");
		telegram.stubFor(post(urlPathEqualTo(BOT + "/sendMessage"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		telegram.stubFor(post(urlPathEqualTo(BOT + "/getUpdates"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThat(relay.sendDue(Instant.now())).isZero();
		assertThat(poller.readUpdates()).isZero();

		assertThat(states()).containsOnly("PENDING");
		assertThat(output).contains("not sent", "getUpdates did not answer")
			.doesNotContain(BOT_TOKEN)
			.doesNotContain("AAH-secret");
	}

	private JsonNode newCode(DemoUser person) {
		var answer = api().post("/api/notifications/telegram/code", token(person), "");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.header("Cache-Control")).contains("no-store");
		return answer.json();
	}

	private JsonNode status(DemoUser person) {
		return api().get("/api/notifications/telegram", token(person)).json();
	}

	private static String start(long update, long chat, String code) {
		return "{\"update_id\": %d, \"message\": {\"chat\": {\"id\": %d}, \"text\": \"/start %s\"}}".formatted(update,
				chat, code);
	}

	private static void updates(String... updates) {
		telegram.stubFor(post(urlPathEqualTo(BOT + "/getUpdates"))
			.willReturn(okJson("{\"ok\": true, \"result\": [" + String.join(",", updates) + "]}")));
	}

	private static void sendMessageAnswers(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
		telegram.stubFor(post(urlPathEqualTo(BOT + "/sendMessage")).willReturn(answer));
	}

	private static String reply(long chat) {
		return sentMessages().stream()
			.filter(message -> message.get("chat_id").asLong() == chat)
			.map(message -> message.get("text").asString())
			.reduce("", String::concat);
	}

	private static List<JsonNode> sentMessages() {
		return telegram.findAll(postRequestedFor(urlPathEqualTo(BOT + "/sendMessage")))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.map(body -> JsonMapper.shared().readTree(body))
			.toList();
	}

	private UUID takeIn(String urgency) {
		UUID referral = UUID.randomUUID();
		var answer = api().post("/internal/events", issuer.serviceToken("referral-service"), """
				{"eventId": "%s", "kind": "REFERRAL_RECEIVED", "subjectId": "%s", "organisation": "tdh-nl",
				 "recipientOrganisation": "kandal-vtc", "urgency": "%s", "occurredAt": "2026-12-07T04:00:00Z"}"""
			.formatted(UUID.randomUUID(), referral, urgency));
		assertThat(answer.status()).as(answer.body()).isEqualTo(202);
		return referral;
	}

	private List<String> states() {
		return jdbc.queryForList("select state from outgoing_telegram", String.class);
	}

}
