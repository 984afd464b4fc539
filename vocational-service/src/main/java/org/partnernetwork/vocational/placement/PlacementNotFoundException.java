package org.partnernetwork.vocational.placement;

import java.util.UUID;

import org.partnernetwork.support.domain.NotFound;

/**
 * No placement the caller may see has this id: the same answer for one that does not
 * exist and one between two other organisations, so that its existence is not revealed.
 */
final class PlacementNotFoundException extends NotFound {

	private PlacementNotFoundException(UUID id) {
		super("placement", id);
	}

	static PlacementNotFoundException forId(UUID id) {
		return new PlacementNotFoundException(id);
	}

}
