package org.partnernetwork.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.partnernetwork.referral.client.organisation.ReceiverCheck;
import org.partnernetwork.referral.consent.ConsentInput;
import org.partnernetwork.referral.referral.ReferralAccess.Visible;
import org.partnernetwork.referral.referral.ReferralInputs.ActionRequest;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.domain.Conflict;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The actions on a referral (accept, decline, start…), its notes, and a draft's consent.
 * Two people acting at once: the first wins, the second gets 409 (the version). Sending
 * asks organisation-service first, outside any transaction, and saves nothing if it
 * cannot answer.
 */
@Service
class ReferralTransitions {

	private final ReferralRepository referrals;

	private final ReferralAccess access;

	private final ReferralQueries queries;

	private final TimelineWriter timeline;

	private final ReceiverCheck receiverCheck;

	private final Consents consents;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReferralTransitions(ReferralRepository referrals, ReferralAccess access, ReferralQueries queries,
			TimelineWriter timeline, ReceiverCheck receiverCheck, Consents consents, AuditTrail audit,
			TransactionTemplate transaction, Clock clock) {
		this.referrals = referrals;
		this.access = access;
		this.queries = queries;
		this.timeline = timeline;
		this.receiverCheck = receiverCheck;
		this.consents = consents;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	ReferralView act(UUID id, ReferralAction action, ActionRequest request, CurrentUser user, String bearerToken) {
		String code = ActionCodes.check(action, request);
		Long checkedVersion = action == ReferralAction.SEND ? checkReceiver(id, user, bearerToken) : null;
		return transaction.execute(status -> {
			Visible visible = access.find(id, user);
			ReferralEntity referral = visible.referral();
			if (checkedVersion != null && referral.version() != checkedVersion) {
				throw new OptimisticLockingFailureException("The referral changed while its receiver was checked");
			}
			Instant now = clock.instant();
			referral.apply(action, visible.side(), code, now);
			// the versioned update first: a concurrent twin waits on the row, then gets
			// 409
			referrals.flush();
			timeline.write(referral, action.name(), TimelineWriter.actor(visible.reader()), code, request.note(), now);
			if (action == ReferralAction.ACCEPT && referral.leadHandedOver()) {
				timeline.leadTransferred(referral, now);
			}
			audit.record(user, action.path(), id, AuditOutcome.ALLOWED);
			return queries.view(visible);
		});
	}

	/**
	 * Before a send: the side, state and consent allow it, and the receiver takes this
	 * child for this service.
	 */
	private long checkReceiver(UUID id, CurrentUser user, String bearerToken) {
		SendFacts facts = transaction.execute(status -> {
			Visible visible = access.find(id, user);
			ReferralEntity referral = visible.referral();
			Instant now = clock.instant();
			referral.guard(ReferralAction.SEND, visible.side(), now);
			ChildDetails child = referral.child();
			return new SendFacts(new ReceiverCheck.Request(referral.receiverOrganisation(), referral.serviceType(),
					child.ageAt(now), child.sex(), bearerToken), referral.version());
		});
		receiverCheck.check(facts.request());
		return facts.version();
	}

	private record SendFacts(ReceiverCheck.Request request, long version) {
	}

	ReferralView addNote(UUID id, String text, CurrentUser user) {
		return transaction.execute(status -> {
			Visible visible = access.find(id, user);
			ReferralEntity referral = visible.referral();
			if (referral.status().isTerminal()) {
				throw Conflict.of("referral-closed");
			}
			if (visible.side() == Side.SENDER && referral.leadHandedOver()) {
				throw Conflict.of("lead-handed-over");
			}
			timeline.write(referral, "NOTE", TimelineWriter.actor(visible.reader()), null, text, clock.instant());
			audit.record(user, "notes", id, AuditOutcome.ALLOWED);
			return queries.view(visible);
		});
	}

	/** Records or replaces a draft's consent; an override needs a supervisor. */
	ReferralView recordConsent(UUID id, ConsentInput input, CurrentUser user) {
		return transaction.execute(status -> {
			var visible = access.find(id, user);
			if (visible.side() != Side.SENDER) {
				throw WrongSideException.forAction("consent");
			}
			Instant now = clock.instant();
			ReferralEntity referral = visible.referral();
			referral.recordConsent(
					consents.from(id, referral.receiverOrganisation(), referral.serviceType(), input, user, now), now);
			referrals.flush();
			timeline.write(visible.referral(), "CONSENT_RECORDED", TimelineWriter.actor(visible.reader()), null, null,
					now);
			audit.record(user, "consent", id, AuditOutcome.ALLOWED);
			return queries.view(visible);
		});
	}

}
