package org.partnernetwork.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.referral.client.organisation.ReceiverCheck;
import org.partnernetwork.referral.consent.Consent;
import org.partnernetwork.referral.referral.ReferralEntity.NewReferral;
import org.partnernetwork.referral.referral.ReferralInputs.ChildInput;
import org.partnernetwork.referral.referral.ReferralInputs.NewReferralRequest;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.referral.referral.SealedFields.Field;
import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.support.idempotency.Created;
import org.partnernetwork.support.idempotency.Creation;
import org.partnernetwork.support.idempotency.IdempotentCreates;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Creating a referral, as a draft or sent at once. Sending at once checks consent and
 * then the receiver (through organisation-service) before anything is saved. Under an
 * {@code Idempotency-Key}, a retry answers with the referral the first request made
 * (service-support's {@link IdempotentCreates}).
 */
@Service
class ReferralCreation {

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private final ReferralRepository referrals;

	private final ReferralQueries queries;

	private final TimelineWriter timeline;

	private final SealedFields sealed;

	private final ReceiverCheck receiverCheck;

	private final IdempotentCreates creates;

	private final Consents consents;

	private final AuditTrail audit;

	private final Clock clock;

	ReferralCreation(ReferralRepository referrals, ReferralQueries queries, TimelineWriter timeline,
			SealedFields sealed, ReceiverCheck receiverCheck, IdempotentCreates creates, Consents consents,
			AuditTrail audit, Clock clock) {
		this.referrals = referrals;
		this.queries = queries;
		this.timeline = timeline;
		this.sealed = sealed;
		this.receiverCheck = receiverCheck;
		this.creates = creates;
		this.consents = consents;
		this.audit = audit;
		this.clock = clock;
	}

	Created<ReferralView> create(NewReferralRequest request, CurrentUser user, String idempotencyKey,
			String bearerToken) {
		return creates.create(user.actingOrganisation(), idempotencyKey, request,
				earlier -> queries.referral(earlier, user), () -> check(request, user, bearerToken));
	}

	/** Everything a new referral must pass before it is saved; answers the save. */
	private Creation<ReferralView> check(NewReferralRequest request, CurrentUser user, String bearerToken) {
		Instant now = clock.instant();
		validate(request, user.actingOrganisation(), now);
		UUID id = UUID.randomUUID();
		Consent consent = consents.from(id, request.receiver(), request.serviceType(), request.consent(), user, now);
		ChildInput child = request.child();
		var details = new ChildDetails(child.sex(), child.ageYears(), child.birthYear(), child.province(),
				child.languages());
		if (request.sendNow()) {
			ReferralEntity.requireConsent(consent, request.receiver(), request.serviceType(), now);
		}
		if (request.sendNow() && request.receiverOrganisation() != null) {
			receiverCheck.check(new ReceiverCheck.Request(request.receiverOrganisation(), request.serviceType(),
					details.ageAt(now), details.sex(), bearerToken));
		}
		return new Creation<>(id, () -> save(id, request, details, consent, user, now));
	}

	private ReferralView save(UUID id, NewReferralRequest request, ChildDetails details, Consent consent,
			CurrentUser user, Instant now) {
		var referral = saveNew(id,
				new NewReferral(request.kindOrDefault(), user.actingOrganisation(), request.receiverOrganisation(),
						request.serviceType(), sealed.seal(id, Field.CASE_REFERENCE, request.caseReference()), details,
						request.urgency(), request.riskLevel(), sealed.seal(id, Field.SUMMARY, request.summary()),
						consent, user.username(), user.userId(), OffPlatformInputs.receiver(request)),
				request.sendNow(), user, now);
		referrals.flush(); // the answer shows the version the database holds
		return queries.view(new ReferralAccess.Visible(referral, new Reader(user, Side.SENDER)));
	}

	/**
	 * Saves a new referral, its free text already sealed, as a draft or sent (its consent
	 * and receiver already checked), on its timeline and in the audit trail.
	 */
	ReferralEntity saveNew(UUID id, NewReferral draft, boolean send, CurrentUser user, Instant now) {
		var made = new ReferralEntity(id, draft, now);
		made.indexCaseReference(sealed.lookup(sealed.open(id, Field.CASE_REFERENCE, draft.sealedCaseReference())));
		var referral = referrals.save(made);
		Reader reader = new Reader(user, Side.SENDER);
		timeline.write(referral, "CREATED", TimelineWriter.actor(reader), null, null, now);
		audit.record(user, "create", id, AuditOutcome.ALLOWED);
		if (send) {
			referral.apply(ReferralAction.SEND, Side.SENDER, null, now);
			timeline.write(referral, ReferralAction.SEND.name(), TimelineWriter.actor(reader), null, null, now);
			audit.record(user, "send", id, AuditOutcome.ALLOWED);
		}
		return referral;
	}

	private static void validate(NewReferralRequest request, String sender, Instant now) {
		OffPlatformInputs.validate(request);
		if (sender.equals(request.receiverOrganisation())) {
			throw InvalidField.of("receiverOrganisation", "must be another organisation than yours");
		}
		for (String language : request.child().languages()) {
			if (!LANGUAGES.contains(language)) {
				throw InvalidField.of("child.languages", "\"" + language + "\" is not an ISO 639 language code");
			}
		}
		Integer birthYear = request.child().birthYear();
		if (birthYear != null && birthYear > Year.from(now.atZone(ZoneOffset.UTC)).getValue()) {
			throw InvalidField.of("child.birthYear", "must not be in the future");
		}
	}

}
