package org.partnernetwork.vocational.client.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * News of a seat request for the people who act on it, as notification-service's
 * {@code /internal/events} takes it: the event's own id (recorded once), its kind
 * ({@code SEAT_REQUEST_RECEIVED}…), the placement's id, the organisation that acted, the
 * organisation to tell, the person to tell (the coordinator who asked for the seat; none
 * for the centre's staff), when. Ids and codes only, never anything about the young
 * person. Seat requests have no urgency.
 */
public record PlatformEvent(UUID eventId, String kind, UUID subjectId, String organisation,
		String recipientOrganisation, String recipient, Instant occurredAt) {
}
