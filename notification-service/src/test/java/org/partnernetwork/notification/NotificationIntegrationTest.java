package org.partnernetwork.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * notification-service as it runs: its own MariaDB database with its changelog applied,
 * real signed tokens.
 */
public abstract class NotificationIntegrationTest extends ServiceIntegrationTest {

	@Autowired
	protected JdbcTemplate jdbc;

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
