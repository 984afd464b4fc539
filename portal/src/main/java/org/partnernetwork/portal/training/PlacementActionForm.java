package org.partnernetwork.portal.training;

import java.time.LocalDate;

import org.partnernetwork.portal.training.PlacementActions.Action;
import org.partnernetwork.portal.training.TrainingRequests.ActionRequest;
import org.partnernetwork.portal.web.Typed;

/**
 * An action's form as the person filled it in: the day a seat is held until, or the
 * reason or outcome chosen.
 */
public record PlacementActionForm(String holdUntil, String declineReason, String outcome, String dropOutReason) {

	/** What the person entered in this action's own field. */
	public String value(Action action) {
		if (action.field() == null) {
			return null;
		}
		return switch (action.field()) {
			case "holdUntil" -> holdUntil;
			case "declineReason" -> declineReason;
			case "outcome" -> outcome;
			default -> dropOutReason;
		};
	}

	/**
	 * Whether the portal already knows this action's field is wrong: a code not in its
	 * list, a day not today or later.
	 */
	boolean invalid(Action action) {
		String value = value(action);
		if (action.takesCode()) {
			return value == null || !action.codes().contains(value);
		}
		if (action.takesDay()) {
			LocalDate day = Typed.day(value);
			return day == null || day.isBefore(TrainingNames.today());
		}
		return false;
	}

	/**
	 * vocational-service's request for the action: {@code code} or {@code holdUntil}, or
	 * nothing.
	 */
	ActionRequest request(Action action) {
		return new ActionRequest(action.takesCode() ? value(action) : null,
				action.takesDay() ? Typed.day(value(action)) : null);
	}
}
