package org.partnernetwork.portal.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.partnernetwork.portal.web.Names;

/**
 * What the portal reads from referral-service: only the fields its pages show. Codes stay
 * strings, so a status or event the portal does not know yet is still shown (as its code)
 * rather than failing the page.
 */
public final class Referrals {

	private Referrals() {
	}

	/**
	 * A referral as the reader's organisation sees it; {@code actions} are what this
	 * reader may do now.
	 */
	public record Referral(UUID id, String kind, String status, boolean stub, Parties parties, String serviceType,
			String caseReference, Child child, String urgency, String riskLevel, String summary, Consent consent,
			Dates dates, String closureCode, boolean needsAction, boolean overdue, List<String> actions,
			List<TimelineEntry> timeline, Rerouted rerouted, LeadRequest leadRequest) {

		private static final List<String> CLOSED = List.of("COMPLETED", "FAILED", "DECLINED", "CANCELLED", "EXPIRED");

		/**
		 * Whether its sender may refer the child elsewhere from it: declined or expired,
		 * not yet re-routed, and the reader sees all of it (the receiver sees a stub).
		 */
		public boolean reroutable() {
			return !stub && (status.equals("DECLINED") || status.equals("EXPIRED"))
					&& (rerouted == null || rerouted.to() == null);
		}

		/** A transfer offer: on acceptance the receiver leads the case. */
		public boolean transfer() {
			return "TRANSFER".equals(kind);
		}

		/**
		 * The lead of the case passed to the receiver (a transfer or a transfer request
		 * accepted): its sender only follows the status.
		 */
		public boolean leadHandedOver() {
			return parties != null && parties.lead() != null && parties.lead().equals(parties.receiver());
		}

		/** The transfer offer is waiting for the receiver's answer. */
		public boolean transferOffered() {
			return transfer() && (status.equals("REQUESTED") || status.equals("INFO_REQUESTED"));
		}

		/**
		 * Whether notes may still be added: the referral is open and this reader sees
		 * more than a stub.
		 */
		public boolean open() {
			return !stub && !CLOSED.contains(status);
		}

		/**
		 * Recorded off the platform: only its sender sees it, and records the receiver's
		 * answer and the outcome by hand.
		 */
		public boolean offPlatform() {
			return parties != null && Boolean.TRUE.equals(parties.offPlatform());
		}
	}

	/**
	 * The receiving organisation's open request to lead the case: when, who asked, and
	 * the reason's code.
	 */
	public record LeadRequest(Instant requestedAt, String organisation, String by, String reason) {
	}

	/**
	 * For the sender only: the referral this one was made from after a decline or an
	 * expiry, and the one made from this one.
	 */
	public record Rerouted(UUID from, UUID to) {
	}

	/**
	 * What waits for the organisation: referrals to answer (overdue among them),
	 * transfers offered, its own referrals asked for information, and its own unanswered
	 * past their deadline.
	 */
	public record Counts(long toAnswer, long overdueToAnswer, long transfersOffered, long infoRequested,
			long overdueSent) {
	}

	/** One line of a box; no case reference on a receiver's stub. */
	public record Summary(UUID id, String kind, String status, boolean stub, Parties parties, String serviceType,
			String caseReference, String urgency, Child child, Dates dates, String closureCode, boolean needsAction,
			boolean overdue) {
	}

	/**
	 * Who sends, receives and leads; a receiver off the platform that is not in the
	 * directory has a {@code receiverName} and {@code receiverType} instead of a slug.
	 */
	public record Parties(String sender, String senderContact, String receiver, String lead, Boolean offPlatform,
			String receiverName, String receiverType) {

		/**
		 * The receiver, named in the page's language: its directory name, or the name
		 * typed.
		 */
		public String receiverIn(Names names) {
			return receiver != null ? names.organisation(receiver) : receiverName;
		}
	}

	public record Child(String sex, Integer ageYears, Integer birthYear, String province, List<String> languages) {
	}

	/**
	 * Consent as recorded, and the receiving organisation and service type it covers
	 * (absent on a referral read as a stub).
	 */
	public record Consent(String givenBy, Boolean childAssented, Instant recordedAt, String recordedBy,
			Instant expiresAt, ConsentOverride override, Instant withdrawnAt, String receiverOrganisation,
			String serviceType) {
	}

	/** A supervisor's override of consent, with its written reason. */
	public record ConsentOverride(String reason) {
	}

	public record Dates(Instant createdAt, Instant sentAt, Instant answerDueAt, Instant acceptedAt, Instant closedAt,
			Instant updatedAt) {
	}

	/**
	 * A transition, a note or a partner's update; {@code note} is null where the reader
	 * may not see it. {@code recordedOffPlatform}: the receiver's answer or outcome,
	 * which the sender recorded by hand.
	 */
	public record TimelineEntry(Instant at, String type, String status, String organisation, String by, String code,
			String note, Boolean recordedOffPlatform) {
	}

}
