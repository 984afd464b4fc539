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
	ACCEPT("accept", Set.of(Side.RECEIVER), EnumSet.of(REQUESTED, INFO_REQUESTED), ACCEPTED),
	DECLINE("decline", Set.of(Side.RECEIVER), EnumSet.of(REQUESTED, INFO_REQUESTED), DECLINED),
	REQUEST_INFO("request-info", Set.of(Side.RECEIVER), EnumSet.of(REQUESTED), INFO_REQUESTED),
	START("start", Set.of(Side.RECEIVER), EnumSet.of(ACCEPTED), IN_PROGRESS),
	COMPLETE("complete", Set.of(Side.RECEIVER), EnumSet.of(IN_PROGRESS), COMPLETED),
	FAIL("fail", Set.of(Side.RECEIVER), EnumSet.of(ACCEPTED, IN_PROGRESS), FAILED),
	CANCEL("cancel", Set.of(Side.SENDER), ReferralStatus.OPEN, CANCELLED),
	WITHDRAW_CONSENT("withdraw-consent", Set.of(Side.SENDER, Side.RECEIVER), ReferralStatus.OPEN, CANCELLED),
	EXPIRE("expire", Set.of(), EnumSet.of(REQUESTED), EXPIRED);

	private final String path;

	private final Set<Side> sides;

	private final Set<ReferralStatus> from;

	private final ReferralStatus to;

	ReferralAction(String path, Set<Side> sides, Set<ReferralStatus> from, ReferralStatus to) {
		this.path = path;
		this.sides = sides;
		this.from = from;
		this.to = to;
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

	/**
	 * The actions a side could take on a referral in this state (the lead rule of a
	 * transfer aside).
	 */
	static Set<ReferralAction> available(ReferralStatus status, Side side) {
		Set<ReferralAction> actions = EnumSet.noneOf(ReferralAction.class);
		for (ReferralAction action : values()) {
			if (action.allowedFor(side) && action.allowedFrom(status)) {
				actions.add(action);
			}
		}
		return actions;
	}

}
