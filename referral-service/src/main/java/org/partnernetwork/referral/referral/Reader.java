package org.partnernetwork.referral.referral;

import org.partnernetwork.support.security.CurrentUser;

/** A user reading or acting on a referral, and the side their organisation is on. */
record Reader(CurrentUser user, Side side) {

	static final String COORDINATOR = "coordinator";

	static final String SUPERVISOR = "supervisor";

	/**
	 * Coordinators and supervisors act on referrals; other roles of the two organisations
	 * may only read.
	 */
	boolean mayAct() {
		return user.hasRole(COORDINATOR) || user.hasRole(SUPERVISOR);
	}

	/** Only a supervisor asks for the lead of a case. */
	boolean isSupervisor() {
		return user.hasRole(SUPERVISOR);
	}

	String organisation() {
		return user.organisations().get(0);
	}
}
