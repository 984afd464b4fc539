package org.partnernetwork.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail of a service's schema takes new rows and refuses to change or lose old
 * ones.
 */
public interface AppendOnlyAuditContract {

	DataSource dataSource();

	@Test
	default void shouldKeepTheAuditTrailAppendOnly() {
		var jdbc = new JdbcTemplate(dataSource());
		jdbc.update(
				"""
						insert into audit_event (occurred_at, actor_id, actor_username, organisation, action, resource_type, outcome)
						values (?, 'test-actor', 'test.user', 'aple', 'READ', 'test', 'ALLOWED')""",
				Timestamp.from(Instant.now()));

		assertThatThrownBy(() -> jdbc.update("update audit_event set outcome = 'DENIED' where actor_id = 'test-actor'"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where actor_id = 'test-actor'"))
			.hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_id = 'test-actor'", Integer.class))
			.isEqualTo(1);
	}

}
