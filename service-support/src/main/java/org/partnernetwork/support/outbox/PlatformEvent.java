package org.partnernetwork.support.outbox;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * News for the people who act on something, as notification-service's
 * {@code POST /internal/events} takes it: the event's own id (taken in once), its kind
 * ({@code REFERRAL_RECEIVED}, {@code SEAT_REQUEST_OFFERED}…), the referral's or seat
 * request's id, the organisation that acted, the organisation to tell, the urgency
 * (referrals only), the person to tell (the one who asked, for an answer; none for an
 * organisation's members) and when it happened. Ids, codes and organisations only: there
 * is no field for anything about the child.
 */
public record PlatformEvent(UUID eventId, String kind, UUID subjectId, String organisation,
		String recipientOrganisation, @JsonInclude(JsonInclude.Include.NON_NULL) String urgency, String recipient,
		Instant occurredAt) {

	/** An event without urgency (seat requests have none). */
	public static PlatformEvent of(UUID eventId, String kind, UUID subjectId, String organisation,
			String recipientOrganisation, String recipient, Instant occurredAt) {
		return new PlatformEvent(eventId, kind, subjectId, organisation, recipientOrganisation, null, recipient,
				occurredAt);
	}

}
