package org.partnernetwork.vocational.placement;

import java.util.UUID;

import org.partnernetwork.support.domain.NotFound;

/**
 * No placement the caller may see has this id: the same answer for one that does not exist and one between
 * two other organisations, so that its existence is not revealed.
 */
public final class PlacementNotFoundException extends NotFound {

	private final UUID id;

	private PlacementNotFoundException(UUID id) {
		super("placement");
		this.id = id;
	}

	public static PlacementNotFoundException forId(UUID id) {
		return new PlacementNotFoundException(id);
	}

	public UUID id() {
		return id;
	}
}
