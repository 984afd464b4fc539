package org.partnernetwork.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.partnernetwork.referral.client.organisation.ReceiverCheck;
import org.partnernetwork.referral.consent.Consent;
import org.partnernetwork.referral.referral.ReferralAccess.Visible;
import org.partnernetwork.referral.referral.ReferralEntity.NewReferral;
import org.partnernetwork.referral.referral.ReferralInputs.RerouteRequest;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.referral.referral.SealedFields.Field;
import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.idempotency.Created;
import org.partnernetwork.support.idempotency.Creation;
import org.partnernetwork.support.idempotency.IdempotentCreates;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Refer elsewhere": after a decline or an expiry, its sender makes a new referral to
 * another organisation, filled from the old one (case reference, child, urgency, risk,
 * summary, service type) and linked to it both ways. Consent is never carried over: the
 * new one is sent under consent given for its own receiver. The organisation the old one
 * went to is not a side of the new one, so it never sees it.
 */
@Service
class Rerouting {

	static final String REFERRED_ELSEWHERE = "REFERRED_ELSEWHERE";

	static final String REROUTED_FROM = "REROUTED_FROM";

	private final ReferralRepository referrals;

	private final ReferralAccess access;

	private final ReferralCreation creation;

	private final ReferralQueries queries;

	private final TimelineWriter timeline;

	private final SealedFields sealed;

	private final Consents consents;

	private final ReceiverCheck receiverCheck;

	private final IdempotentCreates creates;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Rerouting(ReferralRepository referrals, ReferralAccess access, ReferralCreation creation, ReferralQueries queries,
			TimelineWriter timeline, SealedFields sealed, Consents consents, ReceiverCheck receiverCheck,
			IdempotentCreates creates, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
		this.referrals = referrals;
		this.access = access;
		this.creation = creation;
		this.queries = queries;
		this.timeline = timeline;
		this.sealed = sealed;
		this.consents = consents;
		this.receiverCheck = receiverCheck;
		this.creates = creates;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	Created<ReferralView> referElsewhere(UUID id, RerouteRequest request, CurrentUser user, String idempotencyKey,
			String bearerToken) {
		return creates.create(user.actingOrganisation(), idempotencyKey, new Keyed(id, request),
				earlier -> queries.referral(earlier, user), () -> check(id, request, user, bearerToken));
	}

	/** The request with the referral it re-routes, as an Idempotency-Key remembers it. */
	record Keyed(UUID from, RerouteRequest request) {
	}

	/** Everything a re-routing must pass before it is saved; answers the save. */
	private Creation<ReferralView> check(UUID id, RerouteRequest request, CurrentUser user, String bearerToken) {
		Instant now = clock.instant();
		Source source = transaction.execute(status -> {
			Visible visible = access.find(id, user);
			ReferralEntity old = visible.referral();
			old.guardReferElsewhere(visible.side(), request.receiverOrganisation());
			return new Source(old, sealed.open(id, Field.CASE_REFERENCE, old.sealedCaseReference()),
					sealed.open(id, Field.SUMMARY, old.sealedSummary()));
		});
		String serviceType = request.serviceType() != null ? request.serviceType() : source.referral().serviceType();
		UUID newId = UUID.randomUUID();
		Consent consent = consents.from(newId, request.receiverOrganisation(), serviceType, request.consent(), user,
				now);
		ChildDetails child = source.referral().child();
		if (request.sendNow()) {
			ReferralEntity.requireConsent(consent, request.receiverOrganisation(), serviceType, now);
			receiverCheck.check(new ReceiverCheck.Request(request.receiverOrganisation(), serviceType, child.ageAt(now),
					child.sex(), bearerToken));
		}
		var draft = new NewReferral(source.referral().kind(), user.actingOrganisation(), request.receiverOrganisation(),
				serviceType, sealed.seal(newId, Field.CASE_REFERENCE, source.caseReference()), child,
				source.referral().urgency(), source.referral().riskLevel(),
				sealed.seal(newId, Field.SUMMARY, source.summary()), consent, user.username(), user.userId());
		return new Creation<>(newId, () -> save(id, newId, draft, request.sendNow(), user, now));
	}

	/** The old referral, and its case reference and summary opened to be sealed anew. */
	private record Source(ReferralEntity referral, String caseReference, String summary) {
	}

	private ReferralView save(UUID oldId, UUID newId, NewReferral draft, boolean send, CurrentUser user, Instant now) {
		Visible old = access.find(oldId, user);
		ReferralEntity successor = creation.saveNew(newId, draft, send, user, now);
		old.referral().referredElsewhere(old.side(), successor, now);
		Reader reader = new Reader(user, Side.SENDER);
		timeline.write(old.referral(), REFERRED_ELSEWHERE, TimelineWriter.actor(reader), null, null, now);
		timeline.write(successor, REROUTED_FROM, TimelineWriter.actor(reader), null, null, now);
		audit.record(user, "refer-elsewhere", oldId, AuditOutcome.ALLOWED);
		// the versioned update of the old one: a concurrent twin waits on the row, then
		// gets 409
		referrals.flush();
		return queries.view(new Visible(successor, reader));
	}

}
