package org.partnernetwork.referral.idempotency;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A create that an organisation made under an {@code Idempotency-Key}: the request's hash and what it made. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKeyEntity.Key.class)
class IdempotencyKeyEntity {

	@Id
	private String organisation;

	@Id
	@Column(name = "idempotency_key")
	private String key;

	private String requestHash;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID referralId;

	private Instant createdAt;

	protected IdempotencyKeyEntity() {
	}

	IdempotencyKeyEntity(String organisation, String key, String requestHash, UUID referralId, Instant createdAt) {
		this.organisation = organisation;
		this.key = key;
		this.requestHash = requestHash;
		this.referralId = referralId;
		this.createdAt = createdAt;
	}

	String requestHash() {
		return requestHash;
	}

	UUID referralId() {
		return referralId;
	}

	record Key(String organisation, String key) implements Serializable {

		Key() {
			this(null, null);
		}
	}
}
