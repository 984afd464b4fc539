package org.partnernetwork.vocational.placement;

import org.partnernetwork.support.domain.Conflict;

/**
 * The state machine has no such step from where the placement stands (or its hold has not
 * lapsed).
 */
final class InvalidTransitionException extends Conflict {

	private InvalidTransitionException(PlacementAction action, PlacementStatus status) {
		super("invalid-transition", action.path(), status);
	}

	static InvalidTransitionException of(PlacementAction action, PlacementStatus status) {
		return new InvalidTransitionException(action, status);
	}

}
