package org.partnernetwork.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.partnernetwork.referral.consent.Consent;
import org.partnernetwork.referral.consent.ConsentInput;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.referral.referral.SealedFields.Field;
import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.domain.Forbidden;
import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consent a referral is sent under, as the coordinator records it with a new referral or on a draft:
 * given (when, by whom, until when) or a supervisor's override with a reason, sealed like all free text.
 */
@Component
class Consents {

	private final ReferralRepository referrals;

	private final ReferralAccess access;

	private final ReferralQueries queries;

	private final TimelineWriter timeline;

	private final SealedFields sealed;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Consents(ReferralRepository referrals, ReferralAccess access, ReferralQueries queries, TimelineWriter timeline,
			SealedFields sealed, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
		this.referrals = referrals;
		this.access = access;
		this.queries = queries;
		this.timeline = timeline;
		this.sealed = sealed;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Records or replaces a draft's consent; an override needs a supervisor. */
	ReferralView record(UUID id, ConsentInput input, CurrentUser user) {
		return transaction.execute(status -> {
			var visible = access.find(id, user);
			if (visible.side() != Side.SENDER) {
				throw WrongSideException.forAction("consent");
			}
			Instant now = clock.instant();
			visible.referral().recordConsent(from(id, input, user, now), now);
			referrals.flush();
			timeline.write(visible.referral(), "CONSENT_RECORDED", TimelineWriter.actor(visible.reader()), null, null,
					now);
			audit.record(user, "consent", id, AuditOutcome.ALLOWED);
			return queries.view(visible);
		});
	}

	/** The consent a request records for a referral, checked, its override reason sealed; null if none. */
	Consent from(UUID referralId, ConsentInput input, CurrentUser user, Instant now) {
		if (input == null) {
			return null;
		}
		if (input.override() != null) {
			if (!user.hasRole(Reader.SUPERVISOR)) {
				throw Forbidden.of("override-needs-supervisor");
			}
			return Consent.overriddenBy(user.username(),
					sealed.seal(referralId, Field.CONSENT_OVERRIDE, input.override().reason()), now);
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
}
