package org.partnernetwork.vocational.placement;

import static org.partnernetwork.vocational.placement.PlacementStatus.COMPLETED;
import static org.partnernetwork.vocational.placement.PlacementStatus.DECLINED;
import static org.partnernetwork.vocational.placement.PlacementStatus.DROPPED_OUT;
import static org.partnernetwork.vocational.placement.PlacementStatus.ENROLLED;
import static org.partnernetwork.vocational.placement.PlacementStatus.EXPIRED;
import static org.partnernetwork.vocational.placement.PlacementStatus.OFFERED;
import static org.partnernetwork.vocational.placement.PlacementStatus.REQUESTED;
import static org.partnernetwork.vocational.placement.PlacementStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The placement's state machine, in one place: each action, which side may take it, from
 * which states, where it leads, and the event it posts to a linked referral's timeline
 * (DESIGN.md, "Vocational placement"). {@link PlacementEntity#apply} enforces it.
 */
enum PlacementAction {

	OFFER("offer", Side.CENTRE, EnumSet.of(REQUESTED), OFFERED, null),
	DECLINE("decline", Side.CENTRE, EnumSet.of(REQUESTED), DECLINED, null),
	ENROL("enrol", Side.CENTRE, EnumSet.of(OFFERED), ENROLLED, "PLACEMENT_ENROLLED"),
	COMPLETE("complete", Side.CENTRE, EnumSet.of(ENROLLED), COMPLETED, "PLACEMENT_COMPLETED"),
	DROP_OUT("drop-out", Side.CENTRE, EnumSet.of(ENROLLED), DROPPED_OUT, "PLACEMENT_DROPPED_OUT"),
	WITHDRAW("withdraw", Side.REQUESTER, EnumSet.of(REQUESTED, OFFERED), WITHDRAWN, null),
	EXPIRE("expire", null, EnumSet.of(OFFERED), EXPIRED, null);

	private final String path;

	private final Side side;

	private final Set<PlacementStatus> from;

	private final PlacementStatus to;

	private final String timelineEvent;

	PlacementAction(String path, Side side, Set<PlacementStatus> from, PlacementStatus to, String timelineEvent) {
		this.path = path;
		this.side = side;
		this.from = from;
		this.to = to;
		this.timelineEvent = timelineEvent;
	}

	/** The action's name in URLs and in the audit trail ({@code drop-out}). */
	String path() {
		return path;
	}

	/** Null for the platform's own action (a hold lapsing). */
	Side side() {
		return side;
	}

	boolean allowedFrom(PlacementStatus status) {
		return from.contains(status);
	}

	PlacementStatus target() {
		return to;
	}

	/**
	 * The event type posted to a linked referral's timeline, or null when the referral is
	 * not told.
	 */
	String timelineEvent() {
		return timelineEvent;
	}

	/** The actions a side could take on a placement in this state. */
	static Set<PlacementAction> available(PlacementStatus status, Side side) {
		Set<PlacementAction> actions = EnumSet.noneOf(PlacementAction.class);
		for (PlacementAction action : values()) {
			if (action.side == side && action.allowedFrom(status)) {
				actions.add(action);
			}
		}
		return actions;
	}

}
