package org.partnernetwork.referral.consent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The consent a referral is sent under: given by the child, or by a caregiver or guardian
 * with the child's assent, recorded at/by, possibly expiring; or a supervisor's override
 * with a written reason (sealed, like all free text). Withdrawing it cancels the
 * referral.
 */
@Embeddable
public class Consent {

	@Enumerated(EnumType.STRING)
	@Column(name = "consent_given_by")
	private ConsentGiver givenBy;

	@Column(name = "consent_child_assented")
	private Boolean childAssented;

	@Column(name = "consent_recorded_at")
	private Instant recordedAt;

	@Column(name = "consent_recorded_by")
	private String recordedBy;

	@Column(name = "consent_expires_at")
	private Instant expiresAt;

	@Column(name = "consent_override_by")
	private String overrideBy;

	@Column(name = "consent_override_reason")
	private String sealedOverrideReason;

	@Column(name = "consent_withdrawn_at")
	private Instant withdrawnAt;

	protected Consent() {
	}

	public static Consent given(ConsentGiver givenBy, boolean childAssented, Instant recordedAt, String recordedBy,
			Instant expiresAt) {
		var consent = new Consent();
		consent.givenBy = givenBy;
		consent.childAssented = givenBy == ConsentGiver.CHILD || childAssented;
		consent.recordedAt = recordedAt;
		consent.recordedBy = recordedBy;
		consent.expiresAt = expiresAt;
		return consent;
	}

	public static Consent overriddenBy(String supervisor, String sealedReason, Instant at) {
		var consent = new Consent();
		consent.overrideBy = supervisor;
		consent.sealedOverrideReason = sealedReason;
		consent.recordedAt = at;
		consent.recordedBy = supervisor;
		return consent;
	}

	/** Whether a referral may be sent under this consent now, and if not, why not. */
	public ConsentCheck checkAt(Instant now) {
		if (withdrawnAt != null) {
			return ConsentCheck.WITHDRAWN;
		}
		if (isOverride()) {
			return ConsentCheck.VALID;
		}
		if (givenBy == null) {
			return ConsentCheck.MISSING;
		}
		if (!Boolean.TRUE.equals(childAssented)) {
			return ConsentCheck.NO_ASSENT;
		}
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			return ConsentCheck.EXPIRED;
		}
		return ConsentCheck.VALID;
	}

	public void withdraw(Instant now) {
		this.withdrawnAt = now;
	}

	public boolean isOverride() {
		return overrideBy != null;
	}

	public ConsentGiver givenBy() {
		return givenBy;
	}

	public Boolean childAssented() {
		return childAssented;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public String overrideBy() {
		return overrideBy;
	}

	public String sealedOverrideReason() {
		return sealedOverrideReason;
	}

	public Instant withdrawnAt() {
		return withdrawnAt;
	}

	/** The answer to "may this referral be sent under its consent?". */
	public enum ConsentCheck {

		VALID, MISSING, NO_ASSENT, EXPIRED, WITHDRAWN

	}

}
