package org.partnernetwork.vocational.client.referral;

import java.util.UUID;

import org.partnernetwork.vocational.client.ServiceToken;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Posts a placement's news to a referral's timeline in this service's own name: a
 * client-credentials token from Keycloak (registration {@code vocational-service}, realm
 * role {@code service}), kept until it nearly expires. referral-service records an event
 * id once, so posting the same event again is harmless.
 */
@Component
public class ReferralTimeline {

	private final ReferralClient referrals;

	private final ServiceToken token;

	ReferralTimeline(ReferralClient referrals, ServiceToken token) {
		this.referrals = referrals;
		this.token = token;
	}

	public enum Delivery {

		/**
		 * Recorded now, or recorded before (a repeated delivery): either way it is on the
		 * timeline.
		 */
		ACKNOWLEDGED,
		/** referral-service has no such referral: posting again will not help. */
		UNKNOWN_REFERRAL,
		/**
		 * referral-service refused the event as invalid (400, 422): posting it again will
		 * not help.
		 */
		REFUSED

	}

	/**
	 * Posts one event; throws when it could not be delivered this time (no token,
	 * referral-service slow, failing, down, or its circuit open), so the caller tries
	 * again later.
	 */
	public Delivery post(UUID referralId, PartnerEvent event) {
		String authorization = token.bearer();
		ResponseEntity<?> answer;
		try {
			answer = referrals.postEvent(referralId, event, authorization);
		}
		catch (RuntimeException ex) {
			int status = status(ex);
			if (status == 400 || status == 422) {
				return Delivery.REFUSED;
			}
			throw ex;
		}
		if (answer.getStatusCode().is2xxSuccessful()) {
			return Delivery.ACKNOWLEDGED;
		}
		if (answer.getStatusCode().value() == 404) {
			return Delivery.UNKNOWN_REFERRAL;
		}
		throw new IllegalStateException("referral-service answered " + answer.getStatusCode().value());
	}

	/**
	 * The HTTP status referral-service answered with, found under the circuit breaker's
	 * wrapping; 0 if none.
	 */
	public static int status(Throwable failure) {
		return ServiceToken.status(failure);
	}

}
