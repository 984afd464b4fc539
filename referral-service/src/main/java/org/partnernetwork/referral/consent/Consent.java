package org.partnernetwork.referral.consent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The consent a referral is sent under: given by the child, or by a caregiver or guardian
 * with the child's assent, recorded at/by, possibly expiring; or a supervisor's override
 * with a written reason (sealed, like all free text). It covers one receiving
 * organisation and one service type, and nothing else: sending to another organisation or
 * for another service needs consent again. Withdrawing it cancels the referral.
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

	@Column(name = "consent_receiver_organisation")
	private String receiverOrganisation;

	@Column(name = "consent_service_type")
	private String serviceType;

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

	/** This consent, covering one receiving organisation and one service type. */
	public Consent covering(String receiverOrganisation, String serviceType) {
		this.receiverOrganisation = receiverOrganisation;
		this.serviceType = serviceType;
		return this;
	}

	/**
	 * Whether a referral to this receiver for this service may be sent under this consent
	 * now, and if not, why not.
	 */
	public ConsentCheck checkAt(Instant now, String receiver, String service) {
		if (withdrawnAt != null) {
			return ConsentCheck.WITHDRAWN;
		}
		if (!covers(receiver, service)) {
			return ConsentCheck.OTHER_SCOPE;
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

	/** Whether this consent names this receiving organisation and this service type. */
	public boolean covers(String receiver, String service) {
		return receiver.equals(receiverOrganisation) && service.equals(serviceType);
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

	public String receiverOrganisation() {
		return receiverOrganisation;
	}

	public String serviceType() {
		return serviceType;
	}

	/** The answer to "may this referral be sent under its consent?". */
	public enum ConsentCheck {

		VALID, MISSING, NO_ASSENT, EXPIRED, WITHDRAWN, OTHER_SCOPE

	}

}
