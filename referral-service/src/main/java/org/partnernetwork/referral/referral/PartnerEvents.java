package org.partnernetwork.referral.referral;

import java.util.UUID;

import org.partnernetwork.referral.referral.ReferralInputs.PartnerEvent;
import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Updates other services post to a referral's timeline (e.g. vocational-service:
 * "enrolled"), delivered at least once: an event id already recorded is acknowledged and
 * not recorded again. Codes only, no free text.
 */
@Service
class PartnerEvents {

	private final ReferralRepository referrals;

	private final TimelineRepository timeline;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	PartnerEvents(ReferralRepository referrals, TimelineRepository timeline, AuditTrail audit,
			TransactionTemplate transaction) {
		this.referrals = referrals;
		this.timeline = timeline;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** Records the event once; answers false when it had already been recorded. */
	boolean record(UUID referralId, PartnerEvent event, CurrentUser service) {
		try {
			return transaction.execute(status -> {
				if (timeline.existsByPartnerEventId(event.eventId())) {
					return false;
				}
				ReferralEntity referral = referrals.findById(referralId)
					.orElseThrow(() -> ReferralNotFoundException.forId(referralId));
				timeline.saveAndFlush(TimelineEntryEntity.partnerUpdate(referral, event.eventId(), event.type(),
						event.organisation(), event.code(), event.occurredAt()));
				audit.record(service, "partner-event", referralId, AuditOutcome.ALLOWED);
				return true;
			});
		}
		catch (DataIntegrityViolationException deliveredTwiceAtOnce) {
			return false;
		}
	}

}
