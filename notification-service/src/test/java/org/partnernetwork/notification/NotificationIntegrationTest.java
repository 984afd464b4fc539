package org.partnernetwork.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.junit.jupiter.api.BeforeEach;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * notification-service as it runs: its own MariaDB database with its changelog applied,
 * real signed tokens, a real SMTP server (GreenMail, in-process), WireMock in place of
 * Keycloak's token endpoint and admin API (a peer: the organizations, their members and
 * the realm roles the tests say; none unless they say) and of Telegram's Bot API (which
 * answers every call with {@code ok} unless a test says otherwise), and a clock the tests
 * may set.
 */
@Import(TestClock.Config.class)
public abstract class NotificationIntegrationTest extends ServiceIntegrationTest {

	/** The bot's token in the tests: it must never show in a log line. */
	protected static final String BOT_TOKEN = "7700123456:AAH-secret-bot-token-XYZ";

	protected static final WireMockServer telegram = start(
			new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")));

	protected static final String ADMIN = "/admin/realms/partner-network";

	protected static final WireMockServer keycloak = start(
			new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")));

	protected static final SmtpServer smtp = new SmtpServer();

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected TestClock clock;

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry registry) {
		registry.add("partner-network.keycloak.url", keycloak::baseUrl);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
		registry.add("partner-network.portal-url", () -> "https://portal.example.org");
		// the tests run the sender themselves
		registry.add("partner-network.mail.send-interval", () -> "1h");
		registry.add("partner-network.mail.max-attempts", () -> "3");
		registry.add("partner-network.reminders.send-interval", () -> "1h");
		registry.add("partner-network.telegram.bot-token", () -> BOT_TOKEN);
		registry.add("partner-network.telegram.bot-name", () -> "PartnerNetworkTestBot");
		registry.add("partner-network.telegram.api-url", telegram::baseUrl);
		registry.add("partner-network.telegram.poll-interval", () -> "1h");
		registry.add("partner-network.telegram.send-interval", () -> "1h");
		registry.add("partner-network.telegram.timeout", () -> "2s");
		registry.add("partner-network.telegram.max-attempts", () -> "3");
	}

	private static WireMockServer start(WireMockServer server) {
		server.start();
		return server;
	}

	@BeforeEach
	protected void keycloakAsUsual() {
		smtp.up();
		clock.reset();
		jdbc.update("delete from notification_preference");
		telegram.resetAll();
		telegram.stubFor(post(urlPathMatching("/bot[^/]+/sendMessage")).atPriority(10)
			.willReturn(okJson("{\"ok\": true, \"result\": {\"message_id\": 1}}")));
		telegram.stubFor(post(urlPathMatching("/bot[^/]+/getUpdates")).atPriority(10)
			.willReturn(okJson("{\"ok\": true, \"result\": []}")));
		keycloak.resetAll();
		keycloak.stubFor(post(urlPathEqualTo("/realms/partner-network/protocol/openid-connect/token"))
			.willReturn(okJson("{\"access_token\": \"%s\", \"token_type\": \"Bearer\", \"expires_in\": 300}"
				.formatted(issuer.serviceToken("notification-service")))));
		keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/organizations")).atPriority(10).willReturn(okJson("[]")));
		keycloak.stubFor(get(urlPathMatching(ADMIN + "/roles/[^/]+/users")).atPriority(10).willReturn(okJson("[]")));
	}

	/**
	 * Keycloak's organizations: each slug an organization whose id is {@code org-<slug>}.
	 */
	protected static void organisations(String... slugs) {
		keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/organizations")).willReturn(okJson(Arrays.stream(slugs)
			.map(slug -> "{\"id\": \"org-%s\", \"alias\": \"%s\", \"name\": \"%s\", \"enabled\": true}".formatted(slug,
					slug, slug))
			.collect(Collectors.joining(",", "[", "]")))));
	}

	/** An organization's members (full representations, with e-mail and locale). */
	protected static void members(String slug, String... people) {
		keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/organizations/org-" + slug + "/members"))
			.willReturn(okJson(String.join(",", people).transform(list -> "[" + list + "]"))));
	}

	/** The users who hold a realm role (brief representations). */
	protected static void roleHolders(String role, String... ids) {
		keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/roles/" + role + "/users")).willReturn(okJson(Arrays.stream(ids)
			.map(id -> "{\"id\": \"%s\", \"username\": \"u-%s\"}".formatted(id, id))
			.collect(Collectors.joining(",", "[", "]")))));
	}

	/** A person as Keycloak's admin API shows them; {@code locale} null for none. */
	protected static String person(String id, String email, String locale) {
		return """
				{"id": "%s", "username": "u-%s", "enabled": true, "email": "%s"%s}""".formatted(id, id, email,
				locale == null ? "" : ", \"attributes\": {\"locale\": [\"" + locale + "\"]}");
	}

	/** Keycloak's admin API knows this person by id. */
	protected static void user(String representation, String id) {
		keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users/" + id)).willReturn(okJson(representation)));
	}

	/** Sends a JSON body with PUT as the token's holder. */
	protected Response put(String path, String token, String json) {
		return api().send(api().request(path, token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	protected Response delete(String path, String token) {
		return api().send(api().request(path, token).DELETE().build());
	}

	/** The person's notification settings, as they would choose them in the portal. */
	protected void preferences(DemoUser person, String json) {
		Response answer = put("/api/notifications/preferences", token(person), json);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
	}

	/** A Telegram chat linked to the person, as the bot's {@code /start CODE} does. */
	protected void linkedChat(DemoUser person, long chatId) {
		jdbc.update("delete from notification_preference where telegram_chat_id = ?", chatId);
		jdbc.update("""
				insert into notification_preference (person, email_enabled, telegram_enabled, telegram_chat_id,
				  telegram_linked_at, updated_at) values (?, true, true, ?, ?, ?)
				on duplicate key update telegram_enabled = true, telegram_chat_id = values(telegram_chat_id),
				  telegram_linked_at = values(telegram_linked_at)""", subjectOf(person), chatId,
				Timestamp.from(Instant.now().minusSeconds(60)), Timestamp.from(Instant.now()));
	}

	protected String token(DemoUser user) {
		return issuer.tokenFor(user);
	}

	/** The token subject (Keycloak's user id) the test issuer gives a demo user. */
	protected static String subjectOf(DemoUser user) {
		return UUID.nameUUIDFromBytes(user.username().getBytes()).toString();
	}

	/**
	 * A notification as the service keeps it, for a person, of a kind, about a referral
	 * or seat request; answers its id.
	 */
	protected String notificationFor(DemoUser person, String kind, String organisation, String urgency,
			Instant createdAt) {
		String id = UUID.randomUUID().toString();
		jdbc.update("""
				insert into notification (id, recipient, event_id, kind, organisation, urgency, subject_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", id, subjectOf(person), UUID.randomUUID().toString(), kind,
				organisation, urgency, UUID.randomUUID().toString(), Timestamp.from(createdAt));
		return id;
	}

}
