package org.partnernetwork.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.partnernetwork.referral.referral.ReferralViews.ReferralSummary;
import org.partnernetwork.referral.referral.ReferralViews.Worklist;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.Box;
import org.partnernetwork.support.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for the caller's organisation, counted in the database, and its referrals
 * found by case reference: only within its own boxes, by the reference's keyed hash.
 */
@Service
@Transactional(readOnly = true)
class ReferralWorklist {

	private static final Set<ReferralStatus> REQUESTED = EnumSet.of(ReferralStatus.REQUESTED);

	private static final Set<ReferralStatus> INFO_REQUESTED = EnumSet.of(ReferralStatus.INFO_REQUESTED);

	private static final String NONE = "";

	private final ReferralRepository referrals;

	private final ReferralQueries queries;

	private final SealedFields sealed;

	private final Clock clock;

	ReferralWorklist(ReferralRepository referrals, ReferralQueries queries, SealedFields sealed, Clock clock) {
		this.referrals = referrals;
		this.queries = queries;
		this.sealed = sealed;
		this.clock = clock;
	}

	Worklist counts(CurrentUser user) {
		String organisation = user.actingOrganisation();
		Instant now = clock.instant();
		var none = List.of(NONE);
		return new Worklist(referrals.countIncoming(organisation, REQUESTED, null, false, true, none, now),
				referrals.countIncoming(organisation, REQUESTED, null, true, true, none, now),
				referrals.countIncoming(organisation, REQUESTED, ReferralKind.TRANSFER, false, true, none, now),
				referrals.countOutgoing(organisation, INFO_REQUESTED, null, false, true, none, now),
				referrals.countOutgoing(organisation, REQUESTED, null, true, true, none, now));
	}

	PageResponse<ReferralSummary> find(CurrentUser user, Box box, String caseReference, int page, int size) {
		var filter = new BoxFilter(Set.of(), null, false, sealed.lookups(caseReference));
		return queries.box(user, box, filter, page, size);
	}

}
