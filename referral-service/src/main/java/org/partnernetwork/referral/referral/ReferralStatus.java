package org.partnernetwork.referral.referral;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral stands (DESIGN.md, "Referral"). */
public enum ReferralStatus {

	DRAFT, REQUESTED, INFO_REQUESTED, ACCEPTED, IN_PROGRESS, COMPLETED, FAILED, DECLINED, CANCELLED, EXPIRED;

	static final Set<ReferralStatus> TERMINAL = EnumSet.of(COMPLETED, FAILED, DECLINED, CANCELLED, EXPIRED);

	static final Set<ReferralStatus> OPEN = EnumSet.complementOf(EnumSet.copyOf(TERMINAL));

	public boolean isTerminal() {
		return TERMINAL.contains(this);
	}

	/**
	 * After these the receiver keeps only a stub: status and dates, no child details,
	 * summary or notes.
	 */
	public boolean leavesReceiverAStub() {
		return this == DECLINED || this == CANCELLED || this == EXPIRED;
	}

}
