package org.partnernetwork.notification.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.notification.NotificationIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;

/**
 * How and when each person is told follows their own settings: an e-mail or Telegram
 * message due in their quiet hours (Cambodia's time) waits until the quiet hours end,
 * unless it is an EMERGENCY; e-mail switched off is not sent; the language they chose
 * wins over their account's. The inbox always has it at once.
 */
class QuietHoursIntegrationTest extends NotificationIntegrationTest {

	/** 22:30 in Phnom Penh. */
	private static final Instant LATE_EVENING = Instant.parse("2026-12-07T15:30:00Z");

	/** 07:00 the next morning in Phnom Penh. */
	private static final Instant NEXT_MORNING = Instant.parse("2026-12-08T00:00:00Z");

	private final String vanna = subjectOf(DemoUser.VANNA);

	private final String colleague = UUID.randomUUID().toString();

	@BeforeEach
	void theCentre() {
		jdbc.update("delete from outgoing_mail");
		jdbc.update("delete from outgoing_telegram");
		jdbc.update("delete from notification_preference");
		organisations("kandal-vtc");
		members("kandal-vtc", person(vanna, "vanna@kvtc.example.org", "km"),
				person(colleague, "colleague@kvtc.example.org", null));
		roleHolders("coordinator", vanna, colleague);
		linkedChat(DemoUser.VANNA, 4242);
		preferences(DemoUser.VANNA, """
				{"email": true, "telegram": true, "quietFrom": "21:00", "quietTo": "07:00"}""");
	}

	@Test
	void shouldHoldEMailAndTelegramInQuietHoursUntilTheyEnd() {
		clock.set(LATE_EVENING);

		takeIn("ROUTINE");

		assertThat(due("outgoing_mail", vanna)).containsExactly(NEXT_MORNING);
		assertThat(due("outgoing_telegram", vanna)).containsExactly(NEXT_MORNING);
		assertThat(due("outgoing_mail", colleague)).as("someone without quiet hours").containsExactly(LATE_EVENING);
		assertThat(unread(DemoUser.VANNA)).as("the inbox has it at once").isEqualTo(1);
	}

	@Test
	void shouldSendAnEmergencyAtOnceEvenInQuietHours() {
		clock.set(LATE_EVENING);

		takeIn("EMERGENCY");

		assertThat(due("outgoing_mail", vanna)).containsExactly(LATE_EVENING);
		assertThat(due("outgoing_telegram", vanna)).containsExactly(LATE_EVENING);
	}

	@Test
	void shouldSendAtOnceOutsideQuietHours() {
		Instant noon = Instant.parse("2026-12-07T05:00:00Z");
		clock.set(noon);

		takeIn("ROUTINE");

		assertThat(due("outgoing_mail", vanna)).containsExactly(noon);
		assertThat(due("outgoing_telegram", vanna)).containsExactly(noon);
	}

	@Test
	void shouldLeaveEMailOutWhenSwitchedOffAndWriteInTheChosenLanguage() {
		preferences(DemoUser.VANNA, """
				{"email": false, "telegram": true, "language": "en"}""");

		takeIn("HIGH");

		assertThat(due("outgoing_mail", vanna)).isEmpty();
		assertThat(jdbc.queryForList("select language from outgoing_telegram where recipient = ?", String.class, vanna))
			.containsExactly("en");
		assertThat(unread(DemoUser.VANNA)).isEqualTo(1);
	}

	private List<Instant> due(String table, String person) {
		return jdbc
			.queryForList("select next_attempt_at from " + table + " where recipient = ?", Timestamp.class, person)
			.stream()
			.map(Timestamp::toInstant)
			.toList();
	}

	private long unread(DemoUser person) {
		return jdbc.queryForObject("select count(*) from notification where recipient = ? and read_at is null",
				Long.class, subjectOf(person));
	}

	private void takeIn(String urgency) {
		jdbc.update("delete from notification where recipient = ?", vanna);
		var answer = api().post("/internal/events", issuer.serviceToken("referral-service"), """
				{"eventId": "%s", "kind": "REFERRAL_RECEIVED", "subjectId": "%s", "organisation": "tdh-nl",
				 "recipientOrganisation": "kandal-vtc", "urgency": "%s", "occurredAt": "2026-12-07T04:00:00Z"}"""
			.formatted(UUID.randomUUID(), UUID.randomUUID(), urgency));
		assertThat(answer.status()).as(answer.body()).isEqualTo(202);
	}

}
