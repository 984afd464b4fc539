package org.partnernetwork.support.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.partnernetwork.support.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail of a service's cases ({@code audit_event}): who, for which
 * organisation, did what to which case, when, and how it ended. A change records itself
 * inside its own transaction, so a change never lands unaudited; reads and refusals are
 * recorded after the answer (see {@link AuditInterceptor}).
 */
public class AuditTrail {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String resource;

	public AuditTrail(JdbcTemplate jdbc, Clock clock, CaseResource resource) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.resource = resource.type();
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(CurrentUser actor, String action, UUID id, AuditOutcome outcome) {
		record(actor.userId(), actor.username(), String.join(",", actor.organisations()), action, id, outcome);
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actorId, String username, String organisation, String action, UUID id,
			AuditOutcome outcome) {
		jdbc.update("""
				insert into audit_event (occurred_at, actor_id, actor_username, organisation, action, resource_type,
				  resource_id, outcome) values (?, ?, ?, ?, ?, ?, ?, ?)""", Timestamp.from(clock.instant()), actorId,
				username, organisation.isEmpty() ? null : organisation, action, resource,
				id != null ? id.toString() : null, outcome.name());
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> of(UUID id) {
		return jdbc.query("""
				select occurred_at, actor_username, organisation, action, outcome from audit_event
				where resource_type = ? and resource_id = ? order by occurred_at, id""",
				(row, n) -> new AuditEntry(row.getTimestamp("occurred_at").toInstant(), row.getString("actor_username"),
						row.getString("organisation"), row.getString("action"), row.getString("outcome")),
				resource, id.toString());
	}

	/** One line of a case's audit trail. */
	public record AuditEntry(java.time.Instant at, String user, String organisation, String action, String outcome) {
	}

}
