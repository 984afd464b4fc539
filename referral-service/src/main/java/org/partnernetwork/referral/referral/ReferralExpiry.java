package org.partnernetwork.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.partnernetwork.referral.referral.TimelineEntryEntity.Actor;
import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires referrals nobody answered by the deadline their urgency set (24 h, 72 h, 14
 * days). The sender sees EXPIRED in the outgoing box and on the timeline. One referral
 * per transaction: an answer that arrives at the same moment wins, and that referral is
 * simply left alone.
 */
@Component
class ReferralExpiry {

	private static final Logger log = LoggerFactory.getLogger(ReferralExpiry.class);

	private final ReferralRepository referrals;

	private final TimelineWriter timeline;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReferralExpiry(ReferralRepository referrals, TimelineWriter timeline, AuditTrail audit,
			TransactionTemplate transaction, Clock clock) {
		this.referrals = referrals;
		this.timeline = timeline;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${partner-network.expiry.sweep-interval}",
			initialDelayString = "${partner-network.expiry.sweep-interval}")
	@SchedulerLock(name = "referral-expiry")
	void sweep() {
		int expired = expireDueAt(clock.instant());
		if (expired > 0) {
			log.info("Expired {} unanswered referrals", expired);
		}
	}

	/** Expires every referral whose answer was due by {@code now}; answers how many. */
	int expireDueAt(Instant now) {
		int expired = 0;
		for (UUID id : referrals.dueForExpiry(now)) {
			try {
				expired += transaction.execute(status -> expire(id, now)) ? 1 : 0;
			}
			catch (OptimisticLockingFailureException answeredMeanwhile) {
				log.debug("Referral {} was answered while it expired", id);
			}
		}
		return expired;
	}

	private boolean expire(UUID id, Instant now) {
		ReferralEntity referral = referrals.findById(id).orElse(null);
		if (referral == null || !referral.isOverdue(now)) {
			return false;
		}
		referral.apply(ReferralAction.EXPIRE, null, ClosureCodes.NO_ANSWER, now);
		referrals.flush();
		timeline.write(referral, ReferralAction.EXPIRE.name(), Actor.PLATFORM, ClosureCodes.NO_ANSWER, null, now);
		audit.record(Actor.PLATFORM.username(), Actor.PLATFORM.username(), "", "expire", id, AuditOutcome.ALLOWED);
		return true;
	}

}
