package org.partnernetwork.vocational.placement;

import java.util.EnumSet;
import java.util.Set;

/** Where a seat request stands (DESIGN.md, "Vocational placement"). */
public enum PlacementStatus {

	REQUESTED, OFFERED, ENROLLED, COMPLETED, DROPPED_OUT, DECLINED, WITHDRAWN, EXPIRED;

	static final Set<PlacementStatus> TERMINAL = EnumSet.of(COMPLETED, DROPPED_OUT, DECLINED, WITHDRAWN, EXPIRED);

	public boolean isTerminal() {
		return TERMINAL.contains(this);
	}

	/**
	 * A placement in these states occupies one of its opening's seats: held by an offer,
	 * or taken.
	 */
	public boolean holdsSeat() {
		return this == OFFERED || this == ENROLLED;
	}

}
