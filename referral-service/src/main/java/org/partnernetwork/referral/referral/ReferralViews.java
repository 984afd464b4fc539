package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.partnernetwork.referral.consent.ConsentGiver;

/**
 * What the referral API answers; never an entity. Fields a reader may not see are null.
 */
public final class ReferralViews {

	private ReferralViews() {
	}

	/**
	 * A referral as one of its two organisations sees it. {@code stub} is true for a
	 * receiver after DECLINED, CANCELLED or EXPIRED: status and dates only.
	 * {@code actions} are what this reader may do now.
	 */
	public record ReferralView(UUID id, ReferralKind kind, ReferralStatus status, boolean stub, Parties parties,
			String serviceType, String caseReference, ChildView child, Urgency urgency, RiskLevel riskLevel,
			String summary, ConsentView consent, Dates dates, String closureCode, boolean needsAction, boolean overdue,
			List<String> actions, List<TimelineView> timeline, long version, Rerouted rerouted,
			LeadRequestView leadRequest) {
	}

	/**
	 * The receiving organisation's open request for the lead of the case: when, who
	 * asked, and the reason's code; null when none is open.
	 */
	public record LeadRequestView(Instant requestedAt, String organisation, String by, String reason) {
	}

	/**
	 * For the sender only: the declined or expired referral this one was made from, and
	 * the one made from this one for another organisation; null when neither.
	 */
	public record Rerouted(UUID from, UUID to) {
	}

	/**
	 * One line of a box; the case reference, like the child, is absent from a receiver's
	 * stub.
	 */
	public record ReferralSummary(UUID id, ReferralKind kind, ReferralStatus status, boolean stub, Parties parties,
			String serviceType, String caseReference, Urgency urgency, RiskLevel riskLevel, ChildView child,
			Dates dates, String closureCode, boolean needsAction, boolean overdue) {
	}

	/**
	 * What waits for an organisation, counted: referrals to answer (and how many of them
	 * are overdue), transfers among them, its own referrals asked for more information,
	 * and its own referrals still unanswered past their deadline.
	 */
	public record Worklist(long toAnswer, long overdueToAnswer, long transfersOffered, long infoRequested,
			long overdueSent) {
	}

	/**
	 * Who sends, who receives, who leads. {@code offPlatform}: recorded off the platform,
	 * its receiver either a directory organisation ({@code receiver}) or one known by
	 * {@code receiverName} and {@code receiverType} only ({@code receiver} null).
	 */
	public record Parties(String sender, String senderContact, String receiver, String lead, boolean offPlatform,
			String receiverName, OrganisationType receiverType) {
	}

	public record ChildView(String sex, Integer ageYears, Integer birthYear, String province, List<String> languages) {
	}

	/**
	 * Consent as recorded; {@code override} has the shape a client writes
	 * ({@code {"reason": …}}), or is absent, so that the fields a consent's PUT takes can
	 * be sent back as they were read.
	 */
	public record ConsentView(ConsentGiver givenBy, Boolean childAssented, Instant recordedAt, String recordedBy,
			Instant expiresAt, OverrideView override, Instant withdrawnAt, String receiverOrganisation,
			String serviceType) {
	}

	/** A supervisor's override of consent, with its written reason. */
	public record OverrideView(String reason) {
	}

	public record Dates(Instant createdAt, Instant sentAt, Instant answerDueAt, Instant acceptedAt, Instant closedAt,
			Instant updatedAt) {
	}

	/**
	 * A transition, a note or a partner's update. {@code note} is null where the reader
	 * may not see it. {@code recordedOffPlatform}: the receiver's answer or outcome,
	 * which the sender recorded by hand for an organisation off the platform.
	 */
	public record TimelineView(Instant at, String type, ReferralStatus status, String organisation, String by,
			String code, String note, boolean recordedOffPlatform) {
	}

}
