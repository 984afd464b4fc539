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
import org.partnernetwork.referral.consent.ConsentInput;
import org.partnernetwork.referral.referral.ReferralEntity.NewReferral;
import org.partnernetwork.referral.referral.ReferralInputs.ChildInput;
import org.partnernetwork.referral.referral.ReferralInputs.NewReferralRequest;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.referral.referral.SealedFields.Field;
import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.domain.Forbidden;
import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.support.idempotency.IdempotencyKeys;
import org.partnernetwork.support.idempotency.IdempotencyKeys.Claim;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating a referral, as a draft or sent at once. Sending at once checks consent and then the receiver
 * (through organisation-service) before anything is saved. Under an {@code Idempotency-Key}, a retry
 * answers with the referral the first request made.
 */
@Service
public class ReferralCreation {

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private final ReferralRepository referrals;

	private final ReferralQueries queries;

	private final ReferralAccess access;

	private final TimelineWriter timeline;

	private final SealedFields sealed;

	private final ReceiverCheck receiverCheck;

	private final IdempotencyKeys idempotency;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReferralCreation(ReferralRepository referrals, ReferralQueries queries, ReferralAccess access,
			TimelineWriter timeline, SealedFields sealed, ReceiverCheck receiverCheck, IdempotencyKeys idempotency,
			AuditTrail audit, TransactionTemplate transaction, Clock clock) {
		this.referrals = referrals;
		this.queries = queries;
		this.access = access;
		this.timeline = timeline;
		this.sealed = sealed;
		this.receiverCheck = receiverCheck;
		this.idempotency = idempotency;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The referral made, and whether this answer replays an earlier request's. */
	public record Created(ReferralView referral, boolean replayed) {
	}

	public Created create(NewReferralRequest request, CurrentUser user, String idempotencyKey, String bearerToken) {
		String sender = user.actingOrganisation();
		Claim claim = idempotencyKey == null ? null : idempotency.claim(sender, idempotencyKey, request);
		if (claim != null) {
			var earlier = idempotency.earlier(claim);
			if (earlier.isPresent()) {
				return new Created(queries.referral(earlier.get(), user), true);
			}
		}
		Instant now = clock.instant();
		validate(request, sender, now);
		UUID id = UUID.randomUUID();
		Consent consent = consent(id, request.consent(), user, now);
		ChildInput child = request.child();
		var details = new ChildDetails(child.sex(), child.ageYears(), child.birthYear(), child.province(),
				child.languages());
		if (request.sendNow()) {
			ReferralEntity.requireConsent(consent, now);
			receiverCheck.check(new ReceiverCheck.Request(request.receiverOrganisation(), request.serviceType(),
					details.ageAt(now), details.sex(), bearerToken));
		}
		try {
			return new Created(transaction.execute(status -> save(id, request, details, consent, user, claim, now)),
					false);
		}
		catch (DataIntegrityViolationException twin) {
			if (claim == null) {
				throw twin;
			}
			return new Created(queries.referral(idempotency.earlier(claim).orElseThrow(() -> twin), user), true);
		}
	}

	private ReferralView save(UUID id, NewReferralRequest request, ChildDetails details, Consent consent,
			CurrentUser user, Claim claim, Instant now) {
		var referral = referrals.save(new ReferralEntity(id, new NewReferral(request.kindOrDefault(),
				user.actingOrganisation(), request.receiverOrganisation(), request.serviceType(),
				sealed.seal(id, Field.CASE_REFERENCE, request.caseReference()), details, request.urgency(),
				request.riskLevel(), sealed.seal(id, Field.SUMMARY, request.summary()), consent, user.username(),
				user.userId()), now));
		Reader reader = new Reader(user, Side.SENDER);
		timeline.write(referral, "CREATED", TimelineWriter.actor(reader), null, null, now);
		audit.record(user, "create", id, AuditOutcome.ALLOWED);
		if (request.sendNow()) {
			referral.apply(ReferralAction.SEND, Side.SENDER, null, now);
			timeline.write(referral, ReferralAction.SEND.name(), TimelineWriter.actor(reader), null, null, now);
			audit.record(user, "send", id, AuditOutcome.ALLOWED);
		}
		if (claim != null) {
			idempotency.remember(claim, id);
		}
		referrals.flush(); // the answer shows the version the database holds
		return queries.view(new ReferralAccess.Visible(referral, reader));
	}

	/** Records or replaces a draft's consent; an override needs a supervisor. */
	public ReferralView recordConsent(UUID id, ConsentInput input, CurrentUser user) {
		return transaction.execute(status -> {
			var visible = access.find(id, user);
			if (visible.side() != Side.SENDER) {
				throw WrongSideException.forAction("consent");
			}
			Instant now = clock.instant();
			visible.referral().recordConsent(consent(id, input, user, now), now);
			referrals.flush();
			timeline.write(visible.referral(), "CONSENT_RECORDED", TimelineWriter.actor(visible.reader()), null, null,
					now);
			audit.record(user, "consent", id, AuditOutcome.ALLOWED);
			return queries.view(visible);
		});
	}

	private Consent consent(UUID id, ConsentInput input, CurrentUser user, Instant now) {
		if (input == null) {
			return null;
		}
		if (input.override() != null) {
			if (!user.hasRole(Reader.SUPERVISOR)) {
				throw Forbidden.of("override-needs-supervisor");
			}
			return Consent.overriddenBy(user.username(),
					sealed.seal(id, Field.CONSENT_OVERRIDE, input.override().reason()), now);
		}
		if (input.recordedAt().isAfter(now)) {
			throw InvalidField.of("consent.recordedAt", "must not be in the future");
		}
		if (input.expiresAt() != null && !input.expiresAt().isAfter(input.recordedAt())) {
			throw InvalidField.of("consent.expiresAt", "must be after recordedAt");
		}
		return Consent.given(input.givenBy(), Boolean.TRUE.equals(input.childAssented()), input.recordedAt(),
				user.username(), input.expiresAt());
	}

	private static void validate(NewReferralRequest request, String sender, Instant now) {
		if (request.receiverOrganisation().equals(sender)) {
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
