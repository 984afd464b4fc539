package org.partnernetwork.notification.telegram;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time code that links a Telegram chat to a person: kept as its SHA-256 only,
 * usable until it expires, once.
 */
@Entity
@Table(name = "telegram_link_code")
class LinkCodeEntity {

	@Id
	private String codeHash;

	private String person;

	private Instant expiresAt;

	private Instant usedAt;

	protected LinkCodeEntity() {
	}

	LinkCodeEntity(String codeHash, String person, Instant expiresAt) {
		this.codeHash = codeHash;
		this.person = person;
		this.expiresAt = expiresAt;
	}

	/** Uses the code now, if it can still be used; answers whose it is. */
	boolean use(Instant now) {
		if (usedAt != null || !now.isBefore(expiresAt)) {
			return false;
		}
		usedAt = now;
		return true;
	}

	String person() {
		return person;
	}

}
