package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partnernetwork.referral.consent.Consent;
import org.partnernetwork.referral.consent.Consent.ConsentCheck;
import org.partnernetwork.support.domain.Conflict;
import org.partnernetwork.support.domain.FieldError;
import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.support.domain.RuleViolation;

/**
 * A referral and its rules: every change of state goes through {@link #apply}, which
 * checks the side, the state and the consent. Free text is held sealed ({@code sealed*});
 * it is opened only to answer the two organisations.
 */
@Entity
@Table(name = "referral")
class ReferralEntity {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID id;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ReferralKind kind;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ReferralStatus status;

	private String senderOrganisation;

	private String receiverOrganisation;

	private String leadOrganisation;

	private String serviceType;

	@Column(name = "case_reference")
	private String sealedCaseReference;

	/**
	 * A keyed hash of the case reference, to find the referral by it (never the text).
	 */
	private String caseReferenceLookup;

	@Embedded
	private ChildDetails child;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Urgency urgency;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private RiskLevel riskLevel;

	@Column(name = "summary")
	private String sealedSummary;

	@Embedded
	private Consent consent;

	private String senderContact;

	private String createdBy;

	private Instant createdAt;

	private Instant sentAt;

	private Instant answerDueAt;

	private Instant acceptedAt;

	private Instant closedAt;

	private String closureCode;

	private Instant updatedAt;

	/** The declined or expired referral this one was made from, if it was re-routed. */
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID reroutedFrom;

	/** The referral made from this one after its decline or expiry, if any. */
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID reroutedTo;

	@Version
	private long version;

	protected ReferralEntity() {
	}

	ReferralEntity(UUID id, NewReferral draft, Instant now) {
		this.id = id;
		this.kind = draft.kind();
		this.status = ReferralStatus.DRAFT;
		this.senderOrganisation = draft.senderOrganisation();
		this.receiverOrganisation = draft.receiverOrganisation();
		this.leadOrganisation = draft.senderOrganisation();
		this.serviceType = draft.serviceType();
		this.sealedCaseReference = draft.sealedCaseReference();
		this.child = draft.child();
		this.urgency = draft.urgency();
		this.riskLevel = draft.riskLevel();
		this.sealedSummary = draft.sealedSummary();
		this.consent = draft.consent();
		this.senderContact = draft.senderContact();
		this.createdBy = draft.createdBy();
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** What a new referral is made of, its free text already sealed. */
	record NewReferral(ReferralKind kind, String senderOrganisation, String receiverOrganisation, String serviceType,
			String sealedCaseReference, ChildDetails child, Urgency urgency, RiskLevel riskLevel, String sealedSummary,
			Consent consent, String senderContact, String createdBy) {
	}

	/**
	 * Which side of this referral an organisation is on, if any. A referral never sent (a
	 * draft, or a draft discarded) has no receiver side.
	 */
	Side sideOf(String organisation) {
		if (senderOrganisation.equals(organisation)) {
			return Side.SENDER;
		}
		if (receiverOrganisation.equals(organisation) && status != ReferralStatus.DRAFT && sentAt != null) {
			return Side.RECEIVER;
		}
		return null;
	}

	/**
	 * Takes an action for one side, or refuses: the wrong side, a state the action cannot
	 * leave, no valid consent. {@code side} is null only for the platform's own actions
	 * (expiry).
	 */
	void apply(ReferralAction action, Side side, String code, Instant now) {
		guard(action, side, now);
		switch (action) {
			case SEND -> {
				sentAt = now;
				answerDueAt = now.plus(urgency.answerWithin());
			}
			case PROVIDE_INFO -> answerDueAt = now.plus(urgency.answerWithin());
			case ACCEPT -> accept(now);
			case WITHDRAW_CONSENT -> consent.withdraw(now);
			case EXPIRE -> {
				if (!isOverdue(now)) {
					throw InvalidTransitionException.of(action, status);
				}
			}
			default -> {
			}
		}
		status = action.target();
		if (status.isTerminal()) {
			closedAt = now;
			closureCode = code;
		}
		updatedAt = now;
	}

	/** Refuses an action this side may not take now, without changing anything. */
	void guard(ReferralAction action, Side side, Instant now) {
		if (side != null && !action.allowedFor(side)) {
			throw WrongSideException.forAction(action.path());
		}
		if (!action.allowedFrom(status)) {
			throw InvalidTransitionException.of(action, status);
		}
		if (side == Side.SENDER && leadHandedOver()) {
			throw Conflict.of("lead-handed-over");
		}
		if (action == ReferralAction.SEND) {
			requireConsent(consent, receiverOrganisation, serviceType, now);
		}
	}

	/**
	 * No send without valid consent that covers this receiver and this service: refused,
	 * saying what is missing.
	 */
	static void requireConsent(Consent consent, String receiver, String serviceType, Instant now) {
		ConsentCheck check = consent == null ? ConsentCheck.MISSING : consent.checkAt(now, receiver, serviceType);
		if (check == ConsentCheck.OTHER_SCOPE) {
			throw Consents.otherScope();
		}
		if (check == ConsentCheck.NO_ASSENT) {
			throw RuleViolation.of("consent-no-assent", List.of(new FieldError("consent.childAssented",
					"the child's agreement is needed when a caregiver or guardian gives consent")));
		}
		if (check != ConsentCheck.VALID) {
			throw RuleViolation.of("consent-" + check.name().toLowerCase().replace('_', '-'));
		}
	}

	private void accept(Instant now) {
		acceptedAt = now;
		if (kind == ReferralKind.TRANSFER) {
			leadOrganisation = receiverOrganisation;
		}
	}

	/**
	 * A transfer once accepted: the receiver leads; the sender sees status and closure,
	 * no more notes.
	 */
	boolean leadHandedOver() {
		return kind == ReferralKind.TRANSFER && leadOrganisation.equals(receiverOrganisation);
	}

	/**
	 * Refuses re-routing this referral to {@code receiver} unless its sender may: after a
	 * decline or an expiry, once, to another organisation than the one it went to.
	 */
	void guardReferElsewhere(Side side, String receiver) {
		if (side != Side.SENDER) {
			throw WrongSideException.forAction("refer-elsewhere");
		}
		if (status != ReferralStatus.DECLINED && status != ReferralStatus.EXPIRED) {
			throw Conflict.of("not-reroutable", status.name());
		}
		if (reroutedTo != null) {
			throw Conflict.of("already-rerouted");
		}
		if (receiver.equals(receiverOrganisation) || receiver.equals(senderOrganisation)) {
			throw InvalidField.of("receiverOrganisation",
					"must be another organisation than the one this referral went to, and not yours");
		}
	}

	/** Links this referral to the one made from it for another receiver. */
	void referredElsewhere(Side side, ReferralEntity successor, Instant now) {
		guardReferElsewhere(side, successor.receiverOrganisation);
		reroutedTo = successor.id;
		successor.reroutedFrom = id;
		updatedAt = now;
	}

	/** Records or replaces the consent of a draft (the sender's, before sending). */
	void recordConsent(Consent newConsent, Instant now) {
		if (status != ReferralStatus.DRAFT) {
			throw Conflict.of("consent-after-send");
		}
		this.consent = newConsent;
		this.updatedAt = now;
	}

	/** Keeps the keyed hash its case reference is found by. */
	void indexCaseReference(String lookup) {
		this.caseReferenceLookup = lookup;
	}

	boolean isOverdue(Instant now) {
		return status == ReferralStatus.REQUESTED && answerDueAt != null && !answerDueAt.isAfter(now);
	}

	UUID id() {
		return id;
	}

	ReferralKind kind() {
		return kind;
	}

	ReferralStatus status() {
		return status;
	}

	String senderOrganisation() {
		return senderOrganisation;
	}

	String receiverOrganisation() {
		return receiverOrganisation;
	}

	String leadOrganisation() {
		return leadOrganisation;
	}

	String serviceType() {
		return serviceType;
	}

	String sealedCaseReference() {
		return sealedCaseReference;
	}

	String caseReferenceLookup() {
		return caseReferenceLookup;
	}

	ChildDetails child() {
		return child;
	}

	Urgency urgency() {
		return urgency;
	}

	RiskLevel riskLevel() {
		return riskLevel;
	}

	String sealedSummary() {
		return sealedSummary;
	}

	Consent consent() {
		return consent;
	}

	String senderContact() {
		return senderContact;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant sentAt() {
		return sentAt;
	}

	Instant answerDueAt() {
		return answerDueAt;
	}

	Instant acceptedAt() {
		return acceptedAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	String closureCode() {
		return closureCode;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	UUID reroutedFrom() {
		return reroutedFrom;
	}

	UUID reroutedTo() {
		return reroutedTo;
	}

	long version() {
		return version;
	}

}
