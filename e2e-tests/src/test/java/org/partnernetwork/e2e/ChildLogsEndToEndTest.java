package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.partnernetwork.launcher.DatabaseLogin;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * Runs last. Makes a referral of its own with a case reference, summary and notes no one
 * else uses and takes it through its life, then reads every log the suite's platforms
 * wrote under {@code target/} — the shared platform's and any other (the fault suite's) —
 * for every child's text any test sent: none may appear in a single line. Likewise every
 * message the suite's platform sent (the launcher's e-mails, notification-service's
 * notifications, e-mails and Telegram messages waiting or sent, and every request the
 * platform made of the Bot API, from {@link TelegramStandIn}'s journal).
 */
@Order(Integer.MAX_VALUE)
class ChildLogsEndToEndTest {

	@Test
	void shouldNeverWriteAChildsCaseReferenceSummaryOrNoteToAnyLog() {
		handOverACaseWithTextsOfItsOwn();
		Set<String> texts = ChildTexts.sent();
		List<String> hits = new ArrayList<>();
		List<Path> logs = PlatformLogs.all();
		for (Path log : logs) {
			List<String> lines = PlatformLogs.lines(log);
			for (int number = 0; number < lines.size(); number++) {
				for (String text : texts) {
					if (lines.get(number).contains(text)) {
						hits.add(log + ":" + (number + 1) + " contains \"" + text + "\"");
					}
				}
			}
		}
		System.out.println("Log check: " + texts.size() + " child texts searched in " + logs.size() + " log files");
		assertThat(logs).as("the platform's logs").isNotEmpty();
		assertThat(hits).as("child texts in logs").isEmpty();
	}

	@Test
	void shouldNeverPutAChildsCaseReferenceSummaryOrNoteIntoAnyMessage() throws Exception {
		HttpApi gateway = new HttpApi(RunningPlatform.urls().gateway());
		// the receiver hears of this case by Telegram too (linked earlier in the run, or
		// now)
		long daraChat = TelegramStandIn.linkedChat(gateway, DemoUser.DARA,
				RunningPlatform.passwordGrant(DemoUser.DARA));
		String referral = handOverACaseWithTextsOfItsOwn();
		// its news has reached the sender, and the receiver's Telegram, before the
		// messages are read
		String sophea = RunningPlatform.passwordGrant(DemoUser.SOPHEA);
		assertThat(Deadline.poll(Duration.ofSeconds(60),
				() -> gateway.get("/api/notifications?size=100", sophea).body().contains("/referrals/" + referral),
				told -> told))
			.as("the sender told of the answer")
			.isTrue();
		assertThat(TelegramStandIn.awaitMessage(daraChat, "/referrals/" + referral, Duration.ofSeconds(60)))
			.as("the receiver told of the referral on Telegram")
			.isNotNull();
		List<String> messages = new ArrayList<>();
		RunningPlatform.get()
			.mails()
			.forEach(mail -> messages.add("e-mail to " + mail.to() + ": " + mail.subject() + "\n" + mail.text()));
		DatabaseLogin database = RunningPlatform.get().database();
		try (Connection connection = DriverManager.getConnection(database.url() + "/notification", database.user(),
				database.password())) {
			for (String table : List.of("notification", "outgoing_mail", "outgoing_telegram")) {
				try (ResultSet rows = connection.createStatement().executeQuery("select * from " + table)) {
					int columns = rows.getMetaData().getColumnCount();
					while (rows.next()) {
						StringBuilder row = new StringBuilder(table + " row:");
						for (int column = 1; column <= columns; column++) {
							row.append(' ').append(rows.getString(column));
						}
						messages.add(row.toString());
					}
				}
			}
		}
		List<ServeEvent> botRequests = TelegramStandIn.journal();
		for (ServeEvent request : botRequests) {
			messages.add("Bot API request " + request.getRequest().getMethod() + " "
					+ request.getRequest().getUrl().replace(TelegramStandIn.BOT_TOKEN, "<token>") + ":\n"
					+ request.getRequest().getBodyAsString());
		}
		TelegramStandIn.sent()
			.forEach(sent -> messages.add("Telegram message to chat " + sent.chat() + ":\n" + sent.text()));
		Set<String> texts = ChildTexts.sent();
		List<String> hits = new ArrayList<>();
		for (String message : messages) {
			for (String text : texts) {
				if (message.contains(text)) {
					hits.add(message.lines().findFirst().orElse("") + " contains \"" + text + "\"");
				}
			}
		}
		System.out.println("Message check: " + texts.size() + " child texts searched in " + messages.size()
				+ " messages (" + botRequests.size() + " Bot API requests, " + TelegramStandIn.sent().size()
				+ " of them sendMessage)");
		assertThat(messages).as("the messages the platform sent").isNotEmpty();
		assertThat(botRequests).as("the Bot API stand-in's journal").isNotEmpty();
		assertThat(TelegramStandIn.sent()).as("the Telegram messages the platform sent").isNotEmpty();
		assertThat(hits).as("child texts in messages").isEmpty();
	}

	/** Takes a referral with texts of its own through its life; answers its id. */
	private static String handOverACaseWithTextsOfItsOwn() {
		HttpApi gateway = new HttpApi(RunningPlatform.urls().gateway());
		String sophea = RunningPlatform.passwordGrant(DemoUser.SOPHEA);
		String dara = RunningPlatform.passwordGrant(DemoUser.DARA);
		long unique = System.nanoTime();
		Response sent = gateway.post("/api/referrals", sophea,
				"""
						{"receiverOrganisation": "tdh-nl", "serviceType": "psychosocial-counselling", "caseReference": "%s",
						 "child": {"sex": "female", "ageYears": 14, "province": "KH-3", "languages": ["km"]},
						 "urgency": "HIGH", "riskLevel": "HIGH", "summary": "%s",
						 "consent": {"givenBy": "GUARDIAN", "childAssented": true, "recordedAt": "%s"}, "send": true}"""
					.formatted(ChildTexts.remember("LOGCHECK-" + unique),
							ChildTexts.remember("Log check " + unique + ": girl, 14, nightmares since the raid."),
							Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		String path = "/api/referrals/" + sent.json().get("id").asString();
		act(gateway, dara, path + "/request-info",
				note("note", unique + ": does she still see the school counsellor?"));
		act(gateway, sophea, path + "/provide-info", note("note", unique + ": yes, every Tuesday with her aunt."));
		act(gateway, dara, path + "/accept", "");
		act(gateway, dara, path + "/start", "");
		act(gateway, dara, path + "/notes", note("text", unique + ": first session; she drew her village."));
		act(gateway, dara, path + "/complete",
				"{\"code\": \"GOALS_MET\", " + note("note", unique + ": sleeps through the night again.").substring(1));
		assertThat(gateway.get(path, sophea).json().get("status").asString()).isEqualTo("COMPLETED");
		return sent.json().get("id").asString();
	}

	/** A body with one note about the child, remembered for the check. */
	private static String note(String field, String text) {
		return "{\"" + field + "\": \"" + ChildTexts.remember("Log check " + text) + "\"}";
	}

	private static void act(HttpApi gateway, String token, String path, String body) {
		Response answer = gateway.post(path, token, body);
		assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
	}

}
