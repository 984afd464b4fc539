package org.partnernetwork.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import org.partnernetwork.launcher.Parts;
import org.partnernetwork.launcher.PlatformConfig;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram's Bot API for the suite's platform (Telegram itself cannot be reached from a
 * test): a WireMock server on a free loopback port, started once, that
 * notification-service is pointed at with a made-up bot token. {@code getUpdates} answers
 * nothing unless a test has queued a {@code /start CODE} message from a chat, which it
 * answers once; {@code sendMessage} answers ok. Its journal keeps every request the
 * platform made, for the tests to read what people were told.
 */
final class TelegramStandIn {

	/** Made up: the stand-in accepts it, Telegram never sees it. */
	static final String BOT_TOKEN = "7000000001:e2e-made-up-bot-token";

	private static final Duration LINKING = Duration.ofSeconds(60);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Update and chat ids no earlier run used (the platform's database outlives a run).
	 */
	private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());

	/** The chat each person linked in this run. */
	private static final Map<String, Long> LINKED = new ConcurrentHashMap<>();

	private static WireMockServer server;

	private TelegramStandIn() {
	}

	/**
	 * The stand-in, started on first use. It lives as long as the test JVM: stopping it
	 * in a shutdown hook would race the platform's own (notification-service would poll a
	 * closed port while it is being stopped).
	 */
	static synchronized WireMockServer server() {
		if (server == null) {
			WireMockServer started = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
			started.start();
			started.stubFor(post(urlPathEqualTo(method("getUpdates"))).atPriority(10)
				.willReturn(okJson("{\"ok\": true, \"result\": []}")));
			started.stubFor(post(urlPathEqualTo(method("sendMessage")))
				.willReturn(okJson("{\"ok\": true, \"result\": {\"message_id\": 1}}")));
			server = started;
		}
		return server;
	}

	/**
	 * The platform's configuration with notification-service using the stand-in as its
	 * bot, polling and sending every second.
	 */
	static PlatformConfig botFor(PlatformConfig config) {
		return config.withEnvironment(Parts.NOTIFICATION_SERVICE,
				Map.of("TELEGRAM_BOT_TOKEN", BOT_TOKEN, "TELEGRAM_BOT_NAME", "PartnerNetworkE2eBot", "TELEGRAM_API_URL",
						"http://127.0.0.1:" + server().port(), "TELEGRAM_POLL_INTERVAL", "PT1S",
						"TELEGRAM_SEND_INTERVAL", "PT1S"));
	}

	/**
	 * Links a new chat to the person through the real API, as the portal's settings page
	 * and the person's Telegram would: unlinks any earlier chat, asks for a one-time
	 * code, has the bot's next {@code getUpdates} answer {@code /start CODE} from the
	 * chat, and waits until the person's Telegram reads as linked. Answers the chat's id.
	 */
	static long link(HttpApi gateway, DemoUser user, String token) {
		Response unlinked = gateway.send(gateway.request("/api/notifications/telegram", token).DELETE().build());
		assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
		assertThat(unlinked.json().get("available").asBoolean()).as("the platform has a bot").isTrue();
		assertThat(unlinked.json().get("linked").asBoolean()).isFalse();
		Response code = gateway.post("/api/notifications/telegram/code", token, "");
		assertThat(code.status()).as(code.body()).isEqualTo(200);
		long chat = IDS.incrementAndGet();
		long update = IDS.incrementAndGet();
		String message = """
				{"ok": true, "result": [{"update_id": %d, "message": {"message_id": 1, "date": %d,
				 "from": {"id": %d, "is_bot": false, "first_name": "E2E"},
				 "chat": {"id": %d, "type": "private"}, "text": "/start %s"}}]}""".formatted(update,
				Instant.now().getEpochSecond(), chat, chat, code.json().get("code").asString());
		server().stubFor(post(urlPathEqualTo(method("getUpdates"))).atPriority(1)
			.inScenario("link " + update)
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("read")
			.willReturn(okJson(message)));
		boolean linked = Deadline.poll(LINKING,
				() -> gateway.get("/api/notifications/telegram", token).json().get("linked").asBoolean(), yes -> yes);
		assertThat(linked).as("%s's Telegram linked", user.username()).isTrue();
		LINKED.put(user.username(), chat);
		return chat;
	}

	/** The chat the person linked in this run, linking one if none. */
	static long linkedChat(HttpApi gateway, DemoUser user, String token) {
		Long chat = LINKED.get(user.username());
		return chat != null ? chat : link(gateway, user, token);
	}

	/** Every {@code sendMessage} the platform made so far: chat id and text. */
	static List<Sent> sent() {
		List<Sent> sent = new ArrayList<>();
		for (ServeEvent event : journal()) {
			if (event.getRequest().getUrl().endsWith("/sendMessage")) {
				JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
				sent.add(new Sent(body.get("chat_id").asLong(), body.get("text").asString()));
			}
		}
		return sent;
	}

	/**
	 * The first message sent to the chat whose text holds this, waiting for it to come.
	 */
	static Sent awaitMessage(long chat, String containing, Duration wait) {
		return Deadline.poll(wait,
				() -> sent().stream()
					.filter(message -> message.chat() == chat && message.text().contains(containing))
					.findFirst()
					.orElse(null),
				found -> found != null);
	}

	/** Every request the platform made of the bot, oldest first. */
	static List<ServeEvent> journal() {
		return server().getAllServeEvents().reversed();
	}

	private static String method(String name) {
		return "/bot" + BOT_TOKEN + "/" + name;
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	/** One message the bot was asked to send. */
	record Sent(long chat, String text) {
	}

}
