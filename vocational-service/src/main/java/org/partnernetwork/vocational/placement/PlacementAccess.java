package org.partnernetwork.vocational.placement;

import java.util.UUID;

import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who sees a placement: the centre whose opening it is on, and the organisation that
 * asked for the seat; nobody else — not another NGO, not another centre, not the network
 * admin. Everyone else gets 404, so its existence is not revealed.
 */
@Component
class PlacementAccess {

	private final PlacementRepository placements;

	PlacementAccess(PlacementRepository placements) {
		this.placements = placements;
	}

	Visible find(UUID id, CurrentUser user) {
		if (user.organisations().size() != 1) {
			throw PlacementNotFoundException.forId(id);
		}
		PlacementEntity placement = placements.findById(id).orElseThrow(() -> PlacementNotFoundException.forId(id));
		Side side = placement.sideOf(user.organisations().get(0));
		if (side == null) {
			throw PlacementNotFoundException.forId(id);
		}
		return new Visible(placement, side, user);
	}

	/** A placement, the side of the user who may see it, and that user. */
	record Visible(PlacementEntity placement, Side side, CurrentUser user) {

		/**
		 * Centre staff act for the centre; coordinators and supervisors for the
		 * requester. Others only read.
		 */
		boolean mayAct() {
			return side == Side.CENTRE ? user.hasRole("centre-staff")
					: user.hasRole("coordinator") || user.hasRole("supervisor");
		}
	}

}
