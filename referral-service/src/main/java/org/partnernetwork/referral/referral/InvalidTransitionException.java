package org.partnernetwork.referral.referral;

import org.partnernetwork.support.domain.Conflict;

/**
 * The state machine has no such step from where the referral stands (or its deadline has
 * not passed).
 */
final class InvalidTransitionException extends Conflict {

	private InvalidTransitionException(String action, ReferralStatus status) {
		super("invalid-transition", action, status);
	}

	static InvalidTransitionException of(ReferralAction action, ReferralStatus status) {
		return of(action.path(), status);
	}

	static InvalidTransitionException of(String action, ReferralStatus status) {
		return new InvalidTransitionException(action, status);
	}

}
