package org.partnernetwork.referral.referral;

import java.util.UUID;

import org.partnernetwork.support.domain.NotFound;

/**
 * No referral the caller may see has this id: the same answer for one that does not exist and one that
 * belongs to two other organisations, so that its existence is not revealed.
 */
public final class ReferralNotFoundException extends NotFound {

	private final UUID id;

	private ReferralNotFoundException(UUID id) {
		super("referral");
		this.id = id;
	}

	public static ReferralNotFoundException forId(UUID id) {
		return new ReferralNotFoundException(id);
	}

	/** The id asked for (an id, never anything about the child). */
	public UUID id() {
		return id;
	}
}
