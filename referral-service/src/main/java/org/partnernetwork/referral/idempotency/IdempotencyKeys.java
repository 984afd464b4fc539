package org.partnernetwork.referral.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.partnernetwork.support.problem.InvalidFieldException;
import org.partnernetwork.support.problem.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on creates (DESIGN.md, "API conventions"): the same key and body replay the
 * first answer, the same key with another body is 422. Keys are per organisation. Only the request's hash
 * is kept, never the body: it holds a child's details.
 */
@Component
public class IdempotencyKeys {

	private static final String KEY_PATTERN = "[\\x21-\\x7e]{1,100}";

	private final IdempotencyKeyRepository keys;

	private final EntityManager entityManager;

	private final JsonMapper json;

	private final Clock clock;

	IdempotencyKeys(IdempotencyKeyRepository keys, EntityManager entityManager, JsonMapper json, Clock clock) {
		this.keys = keys;
		this.entityManager = entityManager;
		this.json = json;
		this.clock = clock;
	}

	/** A key as a client sent it, checked, with the hash of the request it came with. */
	public record Claim(String organisation, String key, String requestHash) {
	}

	public Claim claim(String organisation, String key, Object request) {
		if (!key.matches(KEY_PATTERN)) {
			throw InvalidFieldException.of("Idempotency-Key", "must be 1 to 100 visible ASCII characters");
		}
		return new Claim(organisation, key, sha256(json.writeValueAsString(request)));
	}

	/** What an earlier request with this key made, if any; 422 if that request was a different one. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public Optional<UUID> earlier(Claim claim) {
		return keys.findById(new IdempotencyKeyEntity.Key(claim.organisation(), claim.key())).map(earlier -> {
			if (!earlier.requestHash().equals(claim.requestHash())) {
				throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused");
			}
			return earlier.referralId();
		});
	}

	/**
	 * Records the key in the create's own transaction, as an insert (never a merge): a concurrent twin
	 * fails on the primary key and then replays this one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void remember(Claim claim, UUID referral) {
		try {
			entityManager.persist(new IdempotencyKeyEntity(claim.organisation(), claim.key(), claim.requestHash(),
					referral, clock.instant()));
			entityManager.flush();
		}
		catch (PersistenceException claimedMeanwhile) {
			throw new DuplicateKeyException("The Idempotency-Key was claimed by a concurrent request", claimedMeanwhile);
		}
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
