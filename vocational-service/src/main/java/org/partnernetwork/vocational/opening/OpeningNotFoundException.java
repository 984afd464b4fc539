package org.partnernetwork.vocational.opening;

import java.util.UUID;

import org.partnernetwork.support.domain.NotFound;

/** No opening the caller may see has this id. */
public final class OpeningNotFoundException extends NotFound {

	private final UUID id;

	private OpeningNotFoundException(UUID id) {
		super("opening");
		this.id = id;
	}

	public static OpeningNotFoundException forId(UUID id) {
		return new OpeningNotFoundException(id);
	}

	public UUID id() {
		return id;
	}
}
