package org.partnernetwork.referral.referral;

import static org.partnernetwork.referral.referral.ReferralStatus.ACCEPTED;
import static org.partnernetwork.referral.referral.ReferralStatus.CANCELLED;
import static org.partnernetwork.referral.referral.ReferralStatus.COMPLETED;
import static org.partnernetwork.referral.referral.ReferralStatus.DECLINED;
import static org.partnernetwork.referral.referral.ReferralStatus.DRAFT;
import static org.partnernetwork.referral.referral.ReferralStatus.EXPIRED;
import static org.partnernetwork.referral.referral.ReferralStatus.FAILED;
import static org.partnernetwork.referral.referral.ReferralStatus.INFO_REQUESTED;
import static org.partnernetwork.referral.referral.ReferralStatus.IN_PROGRESS;
import static org.partnernetwork.referral.referral.ReferralStatus.REQUESTED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The referral's state machine, in one place: each action, which side may take it, from
 * which states, and where it leads (DESIGN.md, "Referral"). {@link ReferralEntity#apply}
 * enforces it.
 */
enum ReferralAction {

	SEND("send", Set.of(Side.SENDER), EnumSet.of(DRAFT), REQUESTED),
	PROVIDE_INFO("provide-info", Set.of(Side.SENDER), EnumSet.of(INFO_REQUESTED), REQUESTED),
	ACCEPT("accept", Set.of(Side.RECEIVER), EnumSet.of(REQUESTED, INFO_REQUESTED), ACCEPTED, EnumSet.of(REQUESTED)),
	DECLINE("decline", Set.of(Side.RECEIVER), EnumSet.of(REQUESTED, INFO_REQUESTED), DECLINED, EnumSet.of(REQUESTED)),
	REQUEST_INFO("request-info", Set.of(Side.RECEIVER), EnumSet.of(REQUESTED), INFO_REQUESTED),
	START("start", Set.of(Side.RECEIVER), EnumSet.of(ACCEPTED), IN_PROGRESS),
	COMPLETE("complete", Set.of(Side.RECEIVER), EnumSet.of(IN_PROGRESS), COMPLETED, EnumSet.of(ACCEPTED, IN_PROGRESS)),
	FAIL("fail", Set.of(Side.RECEIVER), EnumSet.of(ACCEPTED, IN_PROGRESS), FAILED, EnumSet.of(ACCEPTED, IN_PROGRESS)),
	CANCEL("cancel", Set.of(Side.SENDER), ReferralStatus.OPEN, CANCELLED),
	WITHDRAW_CONSENT("withdraw-consent", Set.of(Side.SENDER, Side.RECEIVER), ReferralStatus.OPEN, CANCELLED),
	EXPIRE("expire", Set.of(), EnumSet.of(REQUESTED), EXPIRED);

	private final String path;

	private final Set<Side> sides;

	private final Set<ReferralStatus> from;

	private final ReferralStatus to;

	/**
	 * On a referral recorded off the platform, the states from which its sender records
	 * this receiver's step by hand: the answer, then the outcome (no separate start).
	 */
	private final Set<ReferralStatus> byHandFrom;

	ReferralAction(String path, Set<Side> sides, Set<ReferralStatus> from, ReferralStatus to) {
		this(path, sides, from, to, EnumSet.noneOf(ReferralStatus.class));
	}

	ReferralAction(String path, Set<Side> sides, Set<ReferralStatus> from, ReferralStatus to,
			Set<ReferralStatus> byHandFrom) {
		this.path = path;
		this.sides = sides;
		this.from = from;
		this.to = to;
		this.byHandFrom = byHandFrom;
	}

	/** The action's name in URLs and on the timeline ({@code request-info}). */
	String path() {
		return path;
	}

	boolean allowedFor(Side side) {
		return sides.contains(side);
	}

	boolean allowedFrom(ReferralStatus status) {
		return from.contains(status);
	}

	ReferralStatus target() {
		return to;
	}

	/** A receiver's step its sender records by hand on a referral off the platform. */
	boolean isRecordedByHand() {
		return !byHandFrom.isEmpty();
	}

	boolean recordedByHandFrom(ReferralStatus status) {
		return byHandFrom.contains(status);
	}

	/**
	 * The actions a side could take on a referral in this state (the lead rule of a
	 * transfer aside); on one recorded off the platform ({@code offPlatform}) its sender
	 * also records the receiver's steps by hand.
	 */
	static Set<ReferralAction> available(ReferralStatus status, Side side, boolean offPlatform) {
		Set<ReferralAction> actions = EnumSet.noneOf(ReferralAction.class);
		for (ReferralAction action : values()) {
			boolean byHand = offPlatform && side == Side.SENDER && action.recordedByHandFrom(status);
			if (byHand || action.allowedFor(side) && action.allowedFrom(status)) {
				actions.add(action);
			}
		}
		return actions;
	}

}
