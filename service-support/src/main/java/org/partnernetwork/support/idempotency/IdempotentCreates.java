package org.partnernetwork.support.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.support.domain.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * A create under an {@code Idempotency-Key} (DESIGN.md, "API conventions"), in one call.
 * The first request with a key makes the thing and records the key in the same
 * transaction; a retry with the same key and body answers what the first made; a twin
 * that arrives while the first is being made waits on the key's row, then answers the
 * same; the same key with another body is refused ({@code idempotency-key-reused}).
 * Without a key the create simply runs. Keys are per organisation, kept in the service's
 * {@code idempotency_key} table; only the request's hash is kept, never the body: it
 * holds a child's details.
 */
public class IdempotentCreates {

	private static final String KEY_PATTERN = "[\\x21-\\x7e]{1,100}";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate inCreate;

	private final TransactionTemplate readFresh;

	public IdempotentCreates(JdbcTemplate jdbc, JsonMapper json, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.inCreate = new TransactionTemplate(transactions);
		this.readFresh = new TransactionTemplate(transactions);
		this.readFresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readFresh.setReadOnly(true);
	}

	/**
	 * Makes the thing once for this key and body.
	 * @param organisation the organisation the caller acts for: keys are per organisation
	 * @param key the {@code Idempotency-Key} the client sent, or null
	 * @param request the request body; the same key with another body is refused
	 * @param replay the answer for what an earlier request with this key made, from its
	 * id
	 * @param create the create's checks (outside any transaction, where peers are asked),
	 * answering what to save
	 * @return the answer, and whether it replays an earlier request's
	 */
	public <T> Created<T> create(String organisation, String key, Object request, Function<UUID, T> replay,
			Supplier<Creation<T>> create) {
		Claim claim = key == null ? null : claim(organisation, key, request);
		Optional<UUID> earlier = claim == null ? Optional.empty() : earlier(claim);
		if (earlier.isPresent()) {
			return Created.replayed(replay.apply(earlier.get()));
		}
		Creation<T> creation = create.get();
		try {
			return Created.made(inCreate.execute(status -> {
				T answer = creation.save().get();
				if (claim != null) {
					remember(claim, creation.id());
				}
				return answer;
			}));
		}
		catch (DataIntegrityViolationException twin) {
			if (claim == null) {
				throw twin;
			}
			return Created.replayed(replay.apply(earlier(claim).orElseThrow(() -> twin)));
		}
	}

	/** A key as a client sent it, checked, with the hash of the request it came with. */
	private record Claim(String organisation, String key, String requestHash) {
	}

	private Claim claim(String organisation, String key, Object request) {
		if (!key.matches(KEY_PATTERN)) {
			throw InvalidField.of("Idempotency-Key", "must be 1 to 100 visible ASCII characters");
		}
		return new Claim(organisation, key, sha256(json.writeValueAsString(request)));
	}

	/**
	 * What an earlier request with this key made, if any, read afresh; refused if it was
	 * another request.
	 */
	private Optional<UUID> earlier(Claim claim) {
		var rows = readFresh.execute(status -> jdbc.query(
				"select request_hash, resource_id from idempotency_key where organisation = ? and idempotency_key = ?",
				(row, n) -> new String[] { row.getString(1), row.getString(2) }, claim.organisation(), claim.key()));
		return rows.stream().findFirst().map(earlier -> {
			if (!earlier[0].equals(claim.requestHash())) {
				throw RuleViolation.of("idempotency-key-reused");
			}
			return UUID.fromString(earlier[1]);
		});
	}

	/**
	 * Records the key in the create's own transaction. A concurrent twin waits on the
	 * primary key, then fails with a
	 * {@link org.springframework.dao.DuplicateKeyException} and replays this one.
	 */
	private void remember(Claim claim, UUID created) {
		jdbc.update("""
				insert into idempotency_key (organisation, idempotency_key, request_hash, resource_id, created_at)
				values (?, ?, ?, ?, ?)""", claim.organisation(), claim.key(), claim.requestHash(), created.toString(),
				Timestamp.from(clock.instant()));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
