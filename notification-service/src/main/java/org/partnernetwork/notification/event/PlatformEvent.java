package org.partnernetwork.notification.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.partnernetwork.notification.inbox.NotificationKind;
import org.partnernetwork.notification.inbox.Urgency;
import org.partnernetwork.support.web.ApiPatterns;

/**
 * What another service reports through its outbox: its own id for the event (recorded
 * once), the kind of thing that happened, the referral's or seat request's id, the
 * organisation the message names (the one that acted), the organisation to tell, the
 * urgency (referrals only), the person to tell when it is an answer to their own referral
 * (their Keycloak id), and when. Ids, codes and organisations only: there is no field for
 * anything about the child, and an unknown field is refused.
 */
public record PlatformEvent(@NotNull UUID eventId, @NotNull NotificationKind kind, @NotNull UUID subjectId,
		@NotNull @Pattern(regexp = ApiPatterns.ORGANISATION_SLUG,
				message = "must be an organisation's slug") String organisation,
		@NotNull @Pattern(regexp = ApiPatterns.ORGANISATION_SLUG,
				message = "must be an organisation's slug") String recipientOrganisation,
		Urgency urgency, UUID recipient, @NotNull Instant occurredAt) {
}
