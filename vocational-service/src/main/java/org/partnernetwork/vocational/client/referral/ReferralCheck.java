package org.partnernetwork.vocational.client.referral;

import java.util.UUID;

import org.partnernetwork.support.domain.NotFound;
import org.partnernetwork.support.domain.PeerUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A seat request that names a referral must name one the requesting organisation can see:
 * referral-service is asked with the caller's own token. Not visible (or not there) is
 * not found, as if it were ours; referral-service slow, failing or down leaves referrals
 * unavailable, and nothing is saved.
 */
@Component
public class ReferralCheck {

	private static final Logger log = LoggerFactory.getLogger(ReferralCheck.class);

	private final ReferralClient referrals;

	ReferralCheck(ReferralClient referrals) {
		this.referrals = referrals;
	}

	public void requireVisible(UUID referralId, String bearerToken) {
		boolean visible;
		try {
			visible = referrals.referral(referralId, "Bearer " + bearerToken).isPresent();
		}
		catch (RuntimeException ex) {
			log.warn("referral-service did not answer the referral check: {}", ex.getClass().getSimpleName());
			throw PeerUnavailable.of("referrals-unavailable");
		}
		if (!visible) {
			throw NotFound.of("referral");
		}
	}

}
