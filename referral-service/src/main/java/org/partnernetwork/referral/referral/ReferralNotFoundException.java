package org.partnernetwork.referral.referral;

import java.util.UUID;

import org.partnernetwork.support.domain.NotFound;

/**
 * No referral the caller may see has this id: the same answer for one that does not exist
 * and one that belongs to two other organisations, so that its existence is not revealed.
 */
final class ReferralNotFoundException extends NotFound {

	private ReferralNotFoundException(UUID id) {
		super("referral", id);
	}

	static ReferralNotFoundException forId(UUID id) {
		return new ReferralNotFoundException(id);
	}

}
