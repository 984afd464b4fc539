package org.partnernetwork.referral.referral;

import org.partnernetwork.support.domain.Conflict;

/**
 * The state machine has no such step from where the referral stands (or its deadline has
 * not passed).
 */
final class InvalidTransitionException extends Conflict {

	private InvalidTransitionException(ReferralAction action, ReferralStatus status) {
		super("invalid-transition", action.path(), status);
	}

	static InvalidTransitionException of(ReferralAction action, ReferralStatus status) {
		return new InvalidTransitionException(action, status);
	}

}
