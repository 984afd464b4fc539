package org.partnernetwork.support.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.support.domain.RuleViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on creates (DESIGN.md, "API conventions"), kept in the service's
 * {@code idempotency_key} table: the same key and body replay the first answer, the same key with another
 * body is 422. Keys are per organisation. Only the request's hash is kept, never the body: it holds a
 * child's details.
 */
public class IdempotencyKeys {

	private static final String KEY_PATTERN = "[\\x21-\\x7e]{1,100}";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	public IdempotencyKeys(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** A key as a client sent it, checked, with the hash of the request it came with. */
	public record Claim(String organisation, String key, String requestHash) {
	}

	public Claim claim(String organisation, String key, Object request) {
		if (!key.matches(KEY_PATTERN)) {
			throw InvalidField.of("Idempotency-Key", "must be 1 to 100 visible ASCII characters");
		}
		return new Claim(organisation, key, sha256(json.writeValueAsString(request)));
	}

	/** What an earlier request with this key made, if any; 422 if that request was a different one. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public Optional<UUID> earlier(Claim claim) {
		List<String[]> rows = jdbc.query(
				"select request_hash, resource_id from idempotency_key where organisation = ? and idempotency_key = ?",
				(row, n) -> new String[] { row.getString(1), row.getString(2) }, claim.organisation(), claim.key());
		return rows.stream().findFirst().map(earlier -> {
			if (!earlier[0].equals(claim.requestHash())) {
				throw RuleViolation.of("idempotency-key-reused");
			}
			return UUID.fromString(earlier[1]);
		});
	}

	/**
	 * Records the key in the create's own transaction. A concurrent twin waits on the primary key, then
	 * fails with a {@link org.springframework.dao.DuplicateKeyException} and replays this one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void remember(Claim claim, UUID created) {
		jdbc.update("""
				insert into idempotency_key (organisation, idempotency_key, request_hash, resource_id, created_at)
				values (?, ?, ?, ?, ?)""", claim.organisation(), claim.key(), claim.requestHash(), created.toString(),
				Timestamp.from(clock.instant()));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
