package org.partnernetwork.vocational.placement;

import java.time.LocalDate;
import java.util.Arrays;

import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.vocational.placement.PlacementInputs.ActionRequest;

/**
 * The codes a transition records, and what each action needs from its body: an offer the
 * date the seat is held until, a decline or drop-out a reason, a completion its outcome;
 * the others nothing.
 */
final class PlacementCodes {

	enum Outcome {

		EMPLOYED(true), SELF_EMPLOYED(true), APPRENTICESHIP(true), FURTHER_EDUCATION(false), NOT_WORKING(false);

		private final boolean work;

		Outcome(boolean work) {
			this.work = work;
		}

		/**
		 * Whether the code is work the course led to: not to be recorded before the
		 * course has started.
		 */
		static boolean isWork(String code) {
			return Arrays.stream(values()).anyMatch(outcome -> outcome.work && outcome.name().equals(code));
		}

	}

	enum DeclineReason {

		NOT_ELIGIBLE, LITERACY_NOT_MET, COURSE_FULL, DUPLICATE_REQUEST, OTHER

	}

	enum DropOutReason {

		FOUND_WORK, FAMILY_REASONS, HEALTH, MOVED_AWAY, LOST_CONTACT, OTHER

	}

	/** The code an expiry closes a placement with. */
	static final String HOLD_LAPSED = "HOLD_LAPSED";

	private PlacementCodes() {
	}

	/**
	 * The closure code the action records, checked; refused naming the field when
	 * missing, unknown or not taken.
	 */
	static String code(PlacementAction action, ActionRequest request) {
		Class<? extends Enum<?>> codes = switch (action) {
			case DECLINE -> DeclineReason.class;
			case COMPLETE -> Outcome.class;
			case DROP_OUT -> DropOutReason.class;
			default -> null;
		};
		if (codes == null) {
			if (request.code() != null) {
				throw InvalidField.of("code", "this action takes no code");
			}
			return null;
		}
		var allowed = Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
		if (request.code() == null || !allowed.contains(request.code())) {
			throw InvalidField.of("code", "must be one of " + String.join(", ", allowed));
		}
		return request.code();
	}

	/**
	 * An offer holds the seat until a date: today or later, and not after the course
	 * starts.
	 */
	static LocalDate holdUntil(PlacementAction action, ActionRequest request, LocalDate today, LocalDate startDate) {
		if (action != PlacementAction.OFFER) {
			if (request.holdUntil() != null) {
				throw InvalidField.of("holdUntil", "only an offer holds a seat until a date");
			}
			return null;
		}
		if (request.holdUntil() == null || request.holdUntil().isBefore(today)) {
			throw InvalidField.of("holdUntil", "give the date the seat is held until: today or later");
		}
		if (request.holdUntil().isAfter(startDate)) {
			throw InvalidField.of("holdUntil", "must not be after the course starts (" + startDate + ")");
		}
		return request.holdUntil();
	}

}
