package org.partnernetwork.referral.referral;

import java.util.UUID;

import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who sees a referral: its two organisations, and nobody else — not another NGO, not the
 * network admin. Everyone else gets 404, so its existence is not revealed. A draft is its
 * sender's alone.
 */
@Component
class ReferralAccess {

	private final ReferralRepository referrals;

	ReferralAccess(ReferralRepository referrals) {
		this.referrals = referrals;
	}

	Visible find(UUID id, CurrentUser user) {
		if (user.organisations().size() != 1) {
			throw ReferralNotFoundException.forId(id);
		}
		ReferralEntity referral = referrals.findById(id).orElseThrow(() -> ReferralNotFoundException.forId(id));
		Side side = referral.sideOf(user.organisations().get(0));
		if (side == null) {
			throw ReferralNotFoundException.forId(id);
		}
		return new Visible(referral, new Reader(user, side));
	}

	/** A referral and the reader who may see it. */
	record Visible(ReferralEntity referral, Reader reader) {

		Side side() {
			return reader.side();
		}
	}

}
