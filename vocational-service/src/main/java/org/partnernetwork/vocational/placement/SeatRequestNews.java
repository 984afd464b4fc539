package org.partnernetwork.vocational.placement;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.partnernetwork.support.outbox.PlatformEvent;

/**
 * What the people who act on a seat request are told, and whom: the centre's staff that a
 * request came in (from the requesting organisation); the coordinator who asked that a
 * seat was offered, that the young person enrolled, and the outcome (from the centre).
 * Ids and organisations only.
 */
final class SeatRequestNews {

	private SeatRequestNews() {
	}

	static PlatformEvent received(PlacementEntity placement, Instant now) {
		return PlatformEvent.of(UUID.randomUUID(), "SEAT_REQUEST_RECEIVED", placement.id(),
				placement.requesterOrganisation(), placement.centre(), null, now);
	}

	/** The requester's news after the centre's action, if that action is news to them. */
	static Optional<PlatformEvent> after(PlacementAction action, PlacementEntity placement, Instant now) {
		String kind = switch (action) {
			case OFFER -> "SEAT_REQUEST_OFFERED";
			case ENROL -> "SEAT_REQUEST_ENROLLED";
			case COMPLETE, DROP_OUT -> "SEAT_REQUEST_OUTCOME";
			default -> null;
		};
		return Optional.ofNullable(kind)
			.map(news -> PlatformEvent.of(UUID.randomUUID(), news, placement.id(), placement.centre(),
					placement.requesterOrganisation(), placement.createdBy(), now));
	}

}
