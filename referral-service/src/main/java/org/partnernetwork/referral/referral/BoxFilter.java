package org.partnernetwork.referral.referral;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a box is narrowed to: statuses (empty: all), a kind (null: any), only the overdue
 * (waiting for an answer past its deadline), and the keyed hashes of a case reference
 * (null: any). It never holds a case reference itself.
 */
record BoxFilter(Set<ReferralStatus> statuses, ReferralKind kind, boolean overdueOnly, List<String> lookups) {

	private static final List<String> NO_LOOKUP = List.of("");

	Set<ReferralStatus> wanted() {
		return statuses.isEmpty() ? EnumSet.allOf(ReferralStatus.class) : statuses;
	}

	boolean anyReference() {
		return lookups == null;
	}

	/** A list the query can bind even when no case reference is looked for. */
	List<String> lookupsOrNone() {
		return lookups == null || lookups.isEmpty() ? NO_LOOKUP : lookups;
	}

}
