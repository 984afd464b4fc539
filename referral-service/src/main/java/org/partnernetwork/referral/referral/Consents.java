package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.partnernetwork.referral.consent.Consent;
import org.partnernetwork.referral.consent.ConsentInput;
import org.partnernetwork.referral.referral.SealedFields.Field;
import org.partnernetwork.support.domain.FieldError;
import org.partnernetwork.support.domain.Forbidden;
import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.support.domain.RuleViolation;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The consent a referral is sent under, as the coordinator records it with a new referral
 * or on a draft: given (when, by whom, until when) or a supervisor's override with a
 * reason, sealed like all free text. It covers the referral's receiving organisation and
 * service type, and only those: a consent that names another is refused (422, field
 * {@code consent}). Whether a referral may be sent under it is the consent's own rule
 * ({@link Consent#checkAt}).
 */
@Component
class Consents {

	private final SealedFields sealed;

	Consents(SealedFields sealed) {
		this.sealed = sealed;
	}

	/**
	 * The consent a request records for a referral, checked, its override reason sealed;
	 * null if none.
	 */
	Consent from(UUID referralId, String receiver, String serviceType, ConsentInput input, CurrentUser user,
			Instant now) {
		if (input == null) {
			return null;
		}
		if (!input.names(receiver, serviceType)) {
			throw otherScope();
		}
		if (input.override() != null) {
			if (!user.hasRole(Reader.SUPERVISOR)) {
				throw Forbidden.of("override-needs-supervisor");
			}
			return Consent
				.overriddenBy(user.username(),
						sealed.seal(referralId, Field.CONSENT_OVERRIDE, input.override().reason()), now)
				.covering(receiver, serviceType);
		}
		if (input.recordedAt().isAfter(now)) {
			throw InvalidField.of("consent.recordedAt", "must not be in the future");
		}
		if (input.expiresAt() != null && !input.expiresAt().isAfter(input.recordedAt())) {
			throw InvalidField.of("consent.expiresAt", "must be after recordedAt");
		}
		return Consent
			.given(input.givenBy(), Boolean.TRUE.equals(input.childAssented()), input.recordedAt(), user.username(),
					input.expiresAt())
			.covering(receiver, serviceType);
	}

	/**
	 * A consent given for another organisation or another service: consent is needed
	 * again, for this one.
	 */
	static RuleViolation otherScope() {
		return RuleViolation.of("consent-other-scope",
				List.of(new FieldError("consent",
						"consent covers one receiving organisation and one service type; record consent for this one",
						"consent-scope")));
	}

}
