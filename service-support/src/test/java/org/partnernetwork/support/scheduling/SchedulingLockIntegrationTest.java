package org.partnernetwork.support.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.support.security.ServiceSecurityAutoConfiguration;
import org.partnernetwork.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two instances of a service on one database, each running the same scheduled job every
 * 20 ms: a job that reads the due items, handles them one by one (slowly enough for the
 * other instance's run to come round meanwhile) and marks them handled. Each item is
 * handled once, whichever instance ran the job, while items keep falling due.
 */
class SchedulingLockIntegrationTest {

	private static final int ITEMS = 120;

	private static final int WAVES = 8;

	private final TestDatabase database = TestDatabase.shared();

	private final String schema = database.createDatabase("scheduling");

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@AfterEach
	void stopInstances() {
		for (var instance : new ConfigurableApplicationContext[] { first, second }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void shouldHandleEachDueItemOnceAcrossTwoInstancesOfTheJob() throws InterruptedException {
		first = instance("first");
		second = instance("second");
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);

		for (int wave = 0; wave < WAVES; wave++) {
			int from = wave * ITEMS / WAVES;
			IntStream.range(from, from + ITEMS / WAVES)
				.forEach(id -> jdbc.update("INSERT INTO due_item (id, handled) VALUES (?, false)", id));
			Thread.sleep(100);
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (jdbc.queryForObject("SELECT COUNT(*) FROM due_item WHERE NOT handled", Integer.class) > 0
				&& Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM due_item WHERE handled", Integer.class))
			.as("every item handled")
			.isEqualTo(ITEMS);
		List<Map<String, Object>> twice = jdbc
			.queryForList("SELECT item_id, COUNT(*) AS times FROM handling GROUP BY item_id HAVING COUNT(*) > 1");
		assertThat(twice).as("items handled more than once").isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handling", Integer.class)).isEqualTo(ITEMS);
		assertThat(jdbc.queryForList("SELECT DISTINCT instance FROM handling ORDER BY instance", String.class))
			.as("the instances whose runs handled items")
			.containsExactly("first", "second");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'due-item-sweep'", Integer.class))
			.as("the job's lock row")
			.isEqualTo(1);
	}

	private ConfigurableApplicationContext instance(String name) {
		return new SpringApplicationBuilder(OneInstance.class).web(WebApplicationType.NONE)
			.properties(Map.of("spring.datasource.url", database.jdbcUrl(schema), "spring.datasource.username",
					database.user(), "spring.datasource.password", database.password(), "spring.liquibase.change-log",
					"classpath:scheduling/changelog.yaml", "instance", name, "spring.main.banner-mode", "off",
					"spring.application.name", "scheduling-test", "spring.jpa.hibernate.ddl-auto", "none",
					"spring.jpa.database-platform", "org.hibernate.dialect.MariaDBDialect"))
			.run();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration(exclude = ServiceSecurityAutoConfiguration.class)
	@EnableScheduling
	static class OneInstance {

		@Bean
		Sweep sweep(JdbcTemplate jdbc, @Value("${instance}") String instance) {
			return new Sweep(jdbc, instance);
		}

	}

	/**
	 * A job as the services write theirs: what is due, then each item in turn.
	 */
	static class Sweep {

		private final JdbcTemplate jdbc;

		private final String instance;

		Sweep(JdbcTemplate jdbc, String instance) {
			this.jdbc = jdbc;
			this.instance = instance;
		}

		@Scheduled(fixedDelay = 20)
		@SchedulerLock(name = "due-item-sweep")
		void sweep() throws InterruptedException {
			for (Integer id : jdbc.queryForList("SELECT id FROM due_item WHERE NOT handled ORDER BY id",
					Integer.class)) {
				jdbc.update("INSERT INTO handling (item_id, instance) VALUES (?, ?)", id, instance);
				Thread.sleep(2);
				jdbc.update("UPDATE due_item SET handled = true WHERE id = ?", id);
			}
		}

	}

}
