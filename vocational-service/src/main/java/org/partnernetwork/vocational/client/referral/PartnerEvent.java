package org.partnernetwork.vocational.client.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A placement's news for a referral's timeline, as referral-service's
 * {@code /internal/referrals/{id}/events} takes it: the event's own id (referral-service
 * records each once), its type ({@code PLACEMENT_ENROLLED}…), the centre, an outcome or
 * reason code, when. Codes and ids only, never free text. Made once by the placement,
 * kept in the outbox, posted as it is.
 */
public record PartnerEvent(UUID eventId, String type, String organisation, String code, Instant occurredAt) {
}
