package org.partnernetwork.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.notification.NotificationIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * E-mails go over SMTP to a real server (GreenMail) in each person's language, saying the
 * kind of thing, the organisation, the urgency and the portal's link, and nothing else;
 * when the server fails they wait and go later, each once; after too many attempts the
 * person is told in the portal that they could not be reached.
 */
class MailIntegrationTest extends NotificationIntegrationTest {

	private static final String SERVICE = issuer.serviceToken("referral-service");

	@Autowired
	private MailRelay relay;

	private final String vanna = subjectOf(DemoUser.VANNA);

	private final String colleague = UUID.randomUUID().toString();

	@BeforeEach
	void theCentre() {
		jdbc.update("delete from outgoing_mail");
		organisations("kandal-vtc");
		members("kandal-vtc", person(vanna, "vanna@kvtc.example.org", "km"),
				person(colleague, "colleague@kvtc.example.org", null));
		roleHolders("coordinator", vanna, colleague);
	}

	@Test
	void shouldMailEachCoordinatorInTheirLanguageWithTheKindOrganisationUrgencyAndLinkOnly() throws Exception {
		UUID referral = UUID.randomUUID();
		takeIn("REFERRAL_RECEIVED", "tdh-nl", "EMERGENCY", referral);

		assertThat(relay.sendDue(Instant.now())).isEqualTo(2);

		MimeMessage khmer = to("vanna@kvtc.example.org");
		MimeMessage english = to("colleague@kvtc.example.org");
		assertThat(khmer.getSubject()).contains("ការបញ្ជូនករណីថ្មីសម្រាប់អង្គការរបស់អ្នក");
		assertThat(text(khmer)).contains("អង្គការ: tdh-nl", "https://portal.example.org/referrals/" + referral);
		assertThat(english.getSubject()).isEqualTo("Partner Network: a new referral for your organisation");
		assertThat(text(english)).contains("Organisation: tdh-nl", "Urgency: EMERGENCY, answer within 24 hours",
				"https://portal.example.org/referrals/" + referral);
		assertThat(relay.sendDue(Instant.now().plusSeconds(3600))).as("each e-mail goes once").isZero();
		assertThat(smtp.received()).hasSize(2);
	}

	@Test
	void shouldKeepEMailsWhileTheSmtpServerIsDownAndSendEachOnceWhenItIsBack() {
		takeIn("REFERRAL_RECEIVED", "tdh-nl", "HIGH", UUID.randomUUID());
		smtp.down();
		try {
			assertThat(relay.sendDue(Instant.now())).isZero();
			assertThat(relay.sendDue(Instant.now())).as("a failed e-mail waits out its pause").isZero();
			assertThat(states()).containsOnly("PENDING");
		}
		finally {
			smtp.up();
		}

		assertThat(relay.sendDue(Instant.now().plus(Duration.ofHours(1)))).isEqualTo(2);
		assertThat(relay.sendDue(Instant.now().plus(Duration.ofHours(2)))).isZero();
		assertThat(smtp.received()).hasSize(2);
		assertThat(states()).containsOnly("SENT");
	}

	@Test
	void shouldTellThePersonInThePortalWhenTheirEMailFailedForGood() {
		takeIn("REFERRAL_RECEIVED", "tdh-nl", "ROUTINE", UUID.randomUUID());
		assertThat(emailStatus()).isFalse();
		smtp.down();
		try {
			for (int hour = 0; hour < 5; hour++) {
				relay.sendDue(Instant.now().plus(Duration.ofHours(hour)));
			}
		}
		finally {
			smtp.up();
		}

		assertThat(states()).containsOnly("FAILED");
		assertThat(emailStatus()).isTrue();
		assertThat(relay.sendDue(Instant.now().plus(Duration.ofHours(6)))).as("a failed e-mail is not tried again")
			.isZero();
	}

	private void takeIn(String kind, String organisation, String urgency, UUID subject) {
		var answer = api().post("/internal/events", SERVICE, """
				{"eventId": "%s", "kind": "%s", "subjectId": "%s", "organisation": "%s",
				 "recipientOrganisation": "kandal-vtc", "urgency": "%s", "occurredAt": "2026-12-07T04:00:00Z"}"""
			.formatted(UUID.randomUUID(), kind, subject, organisation, urgency));
		assertThat(answer.status()).as(answer.body()).isEqualTo(202);
	}

	private boolean emailStatus() {
		return api().get("/api/notifications/email-status", token(DemoUser.VANNA))
			.json()
			.get("unreachable")
			.asBoolean();
	}

	private List<String> states() {
		return jdbc.queryForList("select state from outgoing_mail", String.class);
	}

	private static MimeMessage to(String address) throws Exception {
		for (MimeMessage message : smtp.received()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				return message;
			}
		}
		throw new AssertionError("no e-mail to " + address);
	}

	private static String text(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

}
