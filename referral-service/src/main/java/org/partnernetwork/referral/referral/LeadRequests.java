package org.partnernetwork.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.partnernetwork.referral.referral.ReferralAccess.Visible;
import org.partnernetwork.referral.referral.ReferralInputs.ActionRequest;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transfer requests: the receiving organisation's supervisor asks for the lead of a case,
 * its lead organisation accepts or refuses. The rules are the referral's
 * ({@link ReferralEntity#apply(LeadStep, Reader, String, Instant)}); each step goes on
 * the timeline both sides read, and on the audit trail. Two answers at once: the first
 * wins, the second gets 409 (the version).
 */
@Service
class LeadRequests {

	private final ReferralRepository referrals;

	private final ReferralAccess access;

	private final ReferralQueries queries;

	private final TimelineWriter timeline;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	LeadRequests(ReferralRepository referrals, ReferralAccess access, ReferralQueries queries, TimelineWriter timeline,
			AuditTrail audit, TransactionTemplate transaction, Clock clock) {
		this.referrals = referrals;
		this.access = access;
		this.queries = queries;
		this.timeline = timeline;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	ReferralView take(UUID id, LeadStep step, ActionRequest request, CurrentUser user) {
		String code = ActionCodes.check(step, request);
		return transaction.execute(status -> {
			Visible visible = access.find(id, user);
			ReferralEntity referral = visible.referral();
			Instant now = clock.instant();
			referral.apply(step, visible.reader(), code, now);
			referrals.flush();
			timeline.write(referral, step.timelineType(), TimelineWriter.actor(visible.reader()), code, request.note(),
					now);
			if (step == LeadStep.ACCEPT) {
				timeline.leadTransferred(referral, now);
			}
			audit.record(user, step.path(), id, AuditOutcome.ALLOWED);
			return queries.view(visible);
		});
	}

}
