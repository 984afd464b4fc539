package org.partnernetwork.portal.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The actions a placement's page can offer, in the order it offers them, with the field
 * each needs: the day an offer holds the seat until, or a code from vocational-service's
 * list (a reason or an outcome). Which of them a person sees is vocational-service's
 * decision (the placement's {@code actions}). Each field has its own name, so that two
 * forms on one page never share an id.
 */
public final class PlacementActions {

	/**
	 * One action: its name in URLs, its form field (none: null), and the codes that field
	 * takes (a day: none).
	 */
	public record Action(String name, String field, List<String> codes) {

		public boolean takesCode() {
			return !codes.isEmpty();
		}

		public boolean takesDay() {
			return field != null && codes.isEmpty();
		}
	}

	private static final List<Action> ALL = List.of(new Action("offer", "holdUntil", List.of()),
			new Action("decline", "declineReason",
					List.of("NOT_ELIGIBLE", "LITERACY_NOT_MET", "COURSE_FULL", "DUPLICATE_REQUEST", "OTHER")),
			new Action("enrol", null, List.of()),
			new Action("complete", "outcome",
					List.of("EMPLOYED", "SELF_EMPLOYED", "APPRENTICESHIP", "FURTHER_EDUCATION", "NOT_WORKING")),
			new Action("drop-out", "dropOutReason",
					List.of("FOUND_WORK", "FAMILY_REASONS", "HEALTH", "MOVED_AWAY", "LOST_CONTACT", "OTHER")),
			new Action("withdraw", null, List.of()));

	private static final Map<String, Action> BY_NAME = ALL.stream()
		.collect(Collectors.toMap(Action::name, action -> action));

	static final String NAMES = "offer|decline|enrol|complete|drop-out|withdraw";

	private PlacementActions() {
	}

	/** Exactly the allowed actions the portal knows, in the page's order. */
	static List<Action> offered(List<String> allowed) {
		return allowed == null ? List.of() : ALL.stream().filter(action -> allowed.contains(action.name())).toList();
	}

	static Optional<Action> named(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

}
