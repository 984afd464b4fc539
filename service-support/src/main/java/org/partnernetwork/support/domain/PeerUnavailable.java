package org.partnernetwork.support.domain;

import java.util.List;

/**
 * Another part of the platform this request needs (the directory, referral-service,
 * Keycloak) did not answer, or not in time: nothing was changed, and the same request may
 * be sent again shortly.
 */
public non-sealed class PeerUnavailable extends DomainException {

	protected PeerUnavailable(String code) {
		super(code, List.of());
	}

	/**
	 * {@code code} names what did not answer: {@code directory-unavailable},
	 * {@code identity-unavailable}…
	 */
	public static PeerUnavailable of(String code) {
		return new PeerUnavailable(code);
	}

}
