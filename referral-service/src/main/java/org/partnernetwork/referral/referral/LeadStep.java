package org.partnernetwork.referral.referral;

import static org.partnernetwork.referral.referral.ReferralStatus.ACCEPTED;
import static org.partnernetwork.referral.referral.ReferralStatus.IN_PROGRESS;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.partnernetwork.referral.referral.ClosureCodes.LeadRefusal;
import org.partnernetwork.referral.referral.ClosureCodes.LeadRequestReason;

/**
 * A transfer request's state machine, in one place (DESIGN.md, "Transfer request"): the
 * receiving organisation's supervisor asks for the lead of a service referral it has
 * accepted; its lead organisation, the sender, accepts (the lead passes to the receiver,
 * as on an accepted {@code TRANSFER}) or refuses.
 * {@link ReferralEntity#apply(LeadStep, Reader, String, java.time.Instant)} enforces it.
 */
enum LeadStep {

	ASK("lead-request", Side.RECEIVER, false, LeadRequestReason.class, "LEAD_REQUESTED"),
	ACCEPT("lead-request/accept", Side.SENDER, true, null, "LEAD_REQUEST_ACCEPTED"),
	REFUSE("lead-request/refuse", Side.SENDER, true, LeadRefusal.class, "LEAD_REQUEST_REFUSED");

	/** The states a service referral can be asked for its lead in. */
	static final Set<ReferralStatus> FROM = EnumSet.of(ACCEPTED, IN_PROGRESS);

	/** The timeline entry that says who leads the case now. */
	static final String LEAD_TRANSFERRED = "LEAD_TRANSFERRED";

	private final String path;

	private final Side side;

	private final boolean answersOpenRequest;

	private final Class<? extends Enum<?>> codes;

	private final String timelineType;

	LeadStep(String path, Side side, boolean answersOpenRequest, Class<? extends Enum<?>> codes, String timelineType) {
		this.path = path;
		this.side = side;
		this.answersOpenRequest = answersOpenRequest;
		this.codes = codes;
		this.timelineType = timelineType;
	}

	/** Its path under {@code /api/referrals/{id}/}, and its name among the actions. */
	String path() {
		return path;
	}

	Side side() {
		return side;
	}

	/** Accept and refuse answer an open request; ask needs none open. */
	boolean answersOpenRequest() {
		return answersOpenRequest;
	}

	String timelineType() {
		return timelineType;
	}

	/** The codes this step takes (empty: it takes none). */
	List<String> codes() {
		return codes == null ? List.of() : Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
	}

}
