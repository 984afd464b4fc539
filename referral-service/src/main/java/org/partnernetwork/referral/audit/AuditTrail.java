package org.partnernetwork.referral.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.partnernetwork.support.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail: who, for which organisation, did what to which referral, when, and how
 * it ended. A change records itself inside its own transaction, so a change never lands unaudited;
 * reads and refusals are recorded after the answer (see {@link AuditInterceptor}).
 */
@Component
public class AuditTrail {

	static final String RESOURCE = "referral";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditTrail(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(CurrentUser actor, String action, UUID referral, AuditOutcome outcome) {
		record(actor.userId(), actor.username(), String.join(",", actor.organisations()), action, referral, outcome);
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actorId, String username, String organisation, String action, UUID referral,
			AuditOutcome outcome) {
		jdbc.update("""
				insert into audit_event (occurred_at, actor_id, actor_username, organisation, action, resource_type,
				  resource_id, outcome) values (?, ?, ?, ?, ?, ?, ?, ?)""",
				Timestamp.from(clock.instant()), actorId, username, organisation.isEmpty() ? null : organisation, action,
				RESOURCE, referral != null ? referral.toString() : null, outcome.name());
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> of(UUID referral) {
		return jdbc.query("""
				select occurred_at, actor_username, organisation, action, outcome from audit_event
				where resource_type = ? and resource_id = ? order by occurred_at, id""",
				(row, n) -> new AuditEntry(row.getTimestamp("occurred_at").toInstant(), row.getString("actor_username"),
						row.getString("organisation"), row.getString("action"), row.getString("outcome")),
				RESOURCE, referral.toString());
	}

	/** One line of a referral's audit trail. */
	public record AuditEntry(java.time.Instant at, String user, String organisation, String action, String outcome) {
	}
}
