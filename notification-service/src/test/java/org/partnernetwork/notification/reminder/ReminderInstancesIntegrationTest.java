package org.partnernetwork.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.notification.NotificationIntegrationTest;
import org.partnernetwork.notification.NotificationServiceApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two instances of notification-service on one database, both sending the due reminders
 * at the same moments, over and over: each reminder tells each person once.
 */
class ReminderInstancesIntegrationTest extends NotificationIntegrationTest {

	private static final int REFERRALS = 12;

	@Autowired
	private ReminderSender first;

	@Autowired
	private Environment environment;

	private ConfigurableApplicationContext secondInstance;

	@BeforeEach
	void tdhWithItsRoles() {
		ReminderIntegrationTest.clean(jdbc);
		organisations("aple", "tdh-nl");
		members("tdh-nl", person(ReminderIntegrationTest.DARA, "dara@tdh.example.org", "km"),
				person(ReminderIntegrationTest.SUPERVISOR, "supervisor@tdh.example.org", null),
				person(ReminderIntegrationTest.ORG_ADMIN, "admin@tdh.example.org", "en"));
		roleHolders("coordinator", ReminderIntegrationTest.DARA);
		roleHolders("supervisor", ReminderIntegrationTest.SUPERVISOR);
		roleHolders("org-admin", ReminderIntegrationTest.ORG_ADMIN);
	}

	@AfterEach
	void stopTheSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	@Test
	void shouldSendEachDueReminderOnceAcrossTwoInstances() throws Exception {
		secondInstance = secondInstance();
		ReminderSender second = secondInstance.getBean(ReminderSender.class);
		for (int i = 0; i < REFERRALS; i++) {
			assertThat(api().post("/internal/events", ReminderIntegrationTest.referralService(),
					ReminderIntegrationTest.event(UUID.randomUUID(), "REFERRAL_RECEIVED", UUID.randomUUID().toString(),
							"aple", "tdh-nl", "EMERGENCY", null, ReminderIntegrationTest.SENT))
				.status()).isEqualTo(202);
		}
		var due = ReminderIntegrationTest.SENT.plus(Duration.ofHours(21));

		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = instances
				.invokeAll(List.<Callable<Integer>>of(() -> runs(first, due), () -> runs(second, due)));
			assertThat(runs.get(0).get() + runs.get(1).get()).as("reminders sent").isEqualTo(REFERRALS * 3);
		}
		finally {
			instances.shutdown();
		}

		assertThat(jdbc.queryForObject("select count(*) from referral_reminder where state = 'SENT'", Integer.class))
			.isEqualTo(REFERRALS * 3);
		assertThat(jdbc.queryForList(
				"select event_id from notification group by event_id, recipient having count(*) > 1", String.class))
			.as("anyone told twice of one reminder")
			.isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'REFERRAL_REMINDER'",
				Integer.class))
			.isEqualTo(REFERRALS * 2);
		assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'REFERRAL_ESCALATED'",
				Integer.class))
			.isEqualTo(REFERRALS * 2);
		assertThat(jdbc.queryForObject(
				"select count(*) from outgoing_mail where kind in ('REFERRAL_REMINDER', 'REFERRAL_ESCALATED')",
				Integer.class))
			.as("one e-mail per reminder and person: two reminders to the coordinator, the alert to two people")
			.isEqualTo(REFERRALS * 4);
	}

	/**
	 * Runs an instance's sender again and again until nothing is due; answers how many it
	 * sent.
	 */
	private static int runs(ReminderSender sender, java.time.Instant due) {
		int sent = 0;
		for (int run = 0; run < 20; run++) {
			sent += sender.sendDue(due);
		}
		return sent;
	}

	private ConfigurableApplicationContext secondInstance() {
		Map<String, Object> properties = new HashMap<>();
		for (String same : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
				"spring.jpa.database-platform")) {
			properties.put(same, environment.getRequiredProperty(same));
		}
		issuer.register(properties::put);
		properties.put("server.port", "0");
		properties.put("partner-network.keycloak.url", keycloak.baseUrl());
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", smtp.port());
		properties.put("partner-network.portal-url", "https://portal.example.org");
		properties.put("partner-network.mail.send-interval", "1h");
		properties.put("partner-network.reminders.send-interval", "1h");
		properties.put("spring.main.banner-mode", "off");
		// as arguments: they must win over application.yml, as the test context's do
		return new SpringApplicationBuilder(NotificationServiceApplication.class).run(properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new));
	}

}
