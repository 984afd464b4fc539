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
import org.partnernetwork.support.domain.Forbidden;
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

	/**
	 * The receiver's directory slug; null for one off the platform known by name only.
	 */
	private String receiverOrganisation;

	/**
	 * Recorded off the platform: nobody receives it on the platform, and its sender
	 * records the receiver's answer and the outcome by hand.
	 */
	private boolean offPlatform;

	/** The name of a receiver off the platform that is not in the directory. */
	private String receiverName;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private OrganisationType receiverType;

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

	/** The receiving organisation's open request for the lead, if any. */
	@Embedded
	private LeadRequest leadRequest;

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
		if (draft.offPlatform() != null) {
			this.offPlatform = true;
			this.receiverName = draft.offPlatform().name();
			this.receiverType = draft.offPlatform().type();
		}
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

	/**
	 * What a new referral is made of, its free text already sealed; {@code offPlatform}
	 * only for one recorded off the platform.
	 */
	record NewReferral(ReferralKind kind, String senderOrganisation, String receiverOrganisation, String serviceType,
			String sealedCaseReference, ChildDetails child, Urgency urgency, RiskLevel riskLevel, String sealedSummary,
			Consent consent, String senderContact, String createdBy, OffPlatformReceiver offPlatform) {

		NewReferral(ReferralKind kind, String senderOrganisation, String receiverOrganisation, String serviceType,
				String sealedCaseReference, ChildDetails child, Urgency urgency, RiskLevel riskLevel,
				String sealedSummary, Consent consent, String senderContact, String createdBy) {
			this(kind, senderOrganisation, receiverOrganisation, serviceType, sealedCaseReference, child, urgency,
					riskLevel, sealedSummary, consent, senderContact, createdBy, null);
		}
	}

	/**
	 * The receiver of a referral recorded off the platform: a name and type when it is
	 * not in the directory, both null when it is (its slug names it).
	 */
	record OffPlatformReceiver(String name, OrganisationType type) {
	}

	/**
	 * Which side of this referral an organisation is on, if any. A referral never sent (a
	 * draft, or a draft discarded) has no receiver side, and neither has one recorded off
	 * the platform.
	 */
	Side sideOf(String organisation) {
		if (senderOrganisation.equals(organisation)) {
			return Side.SENDER;
		}
		if (!offPlatform && organisation.equals(receiverOrganisation) && status != ReferralStatus.DRAFT
				&& sentAt != null) {
			return Side.RECEIVER;
		}
		return null;
	}

	/**
	 * Takes an action for one side, or refuses: the wrong side, a state the action cannot
	 * leave, no valid consent. {@code side} is null only for the platform's own actions
	 * (expiry). On a referral recorded off the platform the sender records the receiver's
	 * answer and outcome by hand ({@link ReferralAction#recordedByHandFrom}), and nothing
	 * expires: no answer is due.
	 */
	void apply(ReferralAction action, Side side, String code, Instant now) {
		guard(action, side, now);
		switch (action) {
			case SEND -> {
				sentAt = now;
				answerDueAt = offPlatform ? null : now.plus(urgency.answerWithin());
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
			leadRequest = null;
		}
		updatedAt = now;
	}

	/** Refuses an action this side may not take now, without changing anything. */
	void guard(ReferralAction action, Side side, Instant now) {
		boolean byHand = recordsByHand(action, side);
		if (side != null && !byHand && !action.allowedFor(side)) {
			throw WrongSideException.forAction(action.path());
		}
		if (!(byHand ? action.recordedByHandFrom(status) : action.allowedFrom(status))) {
			throw InvalidTransitionException.of(action, status);
		}
		if (side == Side.SENDER && leadHandedOver()) {
			throw Conflict.of("lead-handed-over");
		}
		if (action == ReferralAction.SEND) {
			requireConsent(consent, receiver(), serviceType, now);
		}
	}

	/**
	 * Whether this side takes this action as the receiver's step recorded by hand: the
	 * sender, on a referral recorded off the platform.
	 */
	boolean recordsByHand(ReferralAction action, Side side) {
		return offPlatform && side == Side.SENDER && action.isRecordedByHand();
	}

	/**
	 * Who the referral goes to, as its consent names it: the directory slug, or the name
	 * of an organisation off the platform not in the directory.
	 */
	String receiver() {
		return receiverOrganisation != null ? receiverOrganisation : receiverName;
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
	 * A transfer once accepted, or a transfer request once accepted: the receiver leads;
	 * the sender sees status and closure, no more notes, and can no longer act.
	 */
	boolean leadHandedOver() {
		return leadOrganisation.equals(receiverOrganisation);
	}

	/**
	 * Takes a step of a transfer request for this reader, or refuses (see
	 * {@link #leadStepRefusal}). Accepting hands the lead to the receiver, as an accepted
	 * {@code TRANSFER} does.
	 */
	void apply(LeadStep step, Reader reader, String code, Instant now) {
		RuntimeException refusal = leadStepRefusal(step, reader);
		if (refusal != null) {
			throw refusal;
		}
		switch (step) {
			case ASK -> leadRequest = new LeadRequest(now, reader.user().username(), code);
			case ACCEPT -> {
				leadRequest = null;
				leadOrganisation = receiverOrganisation;
			}
			case REFUSE -> leadRequest = null;
		}
		updatedAt = now;
	}

	/**
	 * Why this reader may not take this step now, or null: only the receiver's supervisor
	 * asks, only the lead organisation answers; a service referral accepted or in
	 * progress, still led by its sender; one open request at a time.
	 */
	RuntimeException leadStepRefusal(LeadStep step, Reader reader) {
		if (reader.side() != step.side()) {
			return WrongSideException.forAction(step.path());
		}
		if (step == LeadStep.ASK ? !reader.isSupervisor() : !reader.mayAct()) {
			return Forbidden.of("lead-request-needs-supervisor");
		}
		if (leadHandedOver()) {
			return Conflict.of(reader.side() == Side.SENDER ? "lead-handed-over" : "already-lead");
		}
		if (kind != ReferralKind.SERVICE || !LeadStep.FROM.contains(status)) {
			return InvalidTransitionException.of(step.path(), status);
		}
		if (step.answersOpenRequest() != (leadRequest != null)) {
			return Conflict.of(leadRequest != null ? "lead-request-open" : "no-lead-request");
		}
		return null;
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

	boolean offPlatform() {
		return offPlatform;
	}

	String receiverName() {
		return receiverName;
	}

	OrganisationType receiverType() {
		return receiverType;
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

	/** The Keycloak id of the coordinator who made it. */
	String createdBy() {
		return createdBy;
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

	/** The open request for the lead, or null. */
	LeadRequest leadRequest() {
		return leadRequest;
	}

	long version() {
		return version;
	}

}
