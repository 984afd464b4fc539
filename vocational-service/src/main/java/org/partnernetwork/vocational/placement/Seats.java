package org.partnernetwork.vocational.placement;

import java.time.Instant;
import java.time.LocalDate;

import org.partnernetwork.support.domain.Conflict;
import org.partnernetwork.vocational.opening.Openings;
import org.springframework.stereotype.Component;

/**
 * Keeps an opening's seats in step with its placements, in the transaction that changes
 * the placement: moving into OFFERED takes a seat, leaving OFFERED or ENROLLED for an end
 * frees it. When no seat is free, lapsed holds on the opening are expired first; if that
 * frees none, the offer is refused.
 */
@Component
class Seats {

	private final Openings openings;

	private final HoldExpiry expiry;

	Seats(Openings openings, HoldExpiry expiry) {
		this.openings = openings;
		this.expiry = expiry;
	}

	/**
	 * Settles the seat of a placement that has just changed state; {@code heldBefore} is
	 * whether it held one.
	 */
	void settle(PlacementEntity placement, boolean heldBefore, LocalDate today, Instant now) {
		boolean holds = placement.status().holdsSeat();
		if (holds && !heldBefore) {
			take(placement, today, now);
		}
		else if (!holds && heldBefore) {
			openings.freeSeat(placement.openingId());
		}
	}

	private void take(PlacementEntity placement, LocalDate today, Instant now) {
		if (openings.takeSeat(placement.openingId())) {
			return;
		}
		if (expiry.reclaimLapsedOn(placement.openingId(), today, now) > 0 && openings.takeSeat(placement.openingId())) {
			return;
		}
		throw Conflict.of("no-seat-free");
	}

}
