package org.partnernetwork.portal.training;

/**
 * Why an action's form on a placement's page was refused, as one sentence beside that
 * form: {@code form} is the action's name, {@code sentence} a message key,
 * {@code besideField} whether it stands beside the form's field rather than above it,
 * {@code typed} what the person entered, shown again.
 */
public record PlacementRefusal(String form, String sentence, boolean besideField, PlacementActionForm typed) {

	static PlacementRefusal of(String form, int status, boolean fieldNamed, PlacementActionForm typed) {
		if (fieldNamed && status == 422) {
			// the one rule an action's field breaks once it is in the list: work recorded
			// before the course has started (course-not-started)
			return new PlacementRefusal(form, "training.refused.courseNotStarted", true, typed);
		}
		if (fieldNamed) {
			return new PlacementRefusal(form, "training.refused." + form, true, typed);
		}
		String sentence = switch (status) {
			case 409 -> "training.refused.conflict";
			case 403 -> "training.refused.forbidden";
			default -> "training.refused.other";
		};
		return new PlacementRefusal(form, sentence, false, typed);
	}

	/** A 409 on an offer the placement still allows: the seats were the reason. */
	PlacementRefusal noSeat() {
		return new PlacementRefusal(form, "training.refused.noSeat", false, typed);
	}

	public boolean on(String formName) {
		return form.equals(formName);
	}
}
