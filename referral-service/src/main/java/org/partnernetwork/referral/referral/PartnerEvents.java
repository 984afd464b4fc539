package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.ApiPatterns;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Updates other services post to a referral's timeline (e.g. vocational-service: "enrolled"), delivered
 * at least once: an event id already recorded is acknowledged and not recorded again. Codes only, no free text.
 */
@Service
public class PartnerEvents {

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

	public record PartnerEvent(@NotNull UUID eventId,
			@NotNull @Pattern(regexp = "[A-Z][A-Z_]{2,29}", message = "must be an event type code") String type,
			@NotNull @Pattern(regexp = ApiPatterns.ORGANISATION_SLUG, message = "must be an organisation's slug") String organisation,
			@Pattern(regexp = ApiPatterns.CODE, message = "must be a code") String code,
			@NotNull Instant occurredAt) {
	}

	/** Records the event once; answers false when it had already been recorded. */
	public boolean record(UUID referralId, PartnerEvent event, CurrentUser service) {
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
