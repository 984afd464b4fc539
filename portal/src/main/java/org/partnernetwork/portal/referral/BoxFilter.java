package org.partnernetwork.portal.referral;

import java.util.List;
import java.util.Optional;

/**
 * Which list the referrals page shows: a box ({@code incoming}, {@code outgoing},
 * {@code drafts}), narrowed to one status, a kind and the overdue. Only exact codes are
 * taken; anything else is no filter.
 */
public record BoxFilter(String box, String status, String kind, boolean overdue) {

	public static final List<String> BOXES = List.of("incoming", "outgoing", "drafts");

	public static final List<String> STATUSES = List.of("REQUESTED", "INFO_REQUESTED", "ACCEPTED", "IN_PROGRESS",
			"COMPLETED", "FAILED", "DECLINED", "CANCELLED", "EXPIRED");

	static final List<String> KINDS = List.of("SERVICE", "TRANSFER");

	/** The filter as typed into a URL, each part kept only when it is an exact code. */
	static BoxFilter of(String box, String status, String kind, String overdue) {
		String shown = box != null && BOXES.contains(box) ? box : "incoming";
		boolean drafts = shown.equals("drafts");
		return new BoxFilter(shown, !drafts && status != null && STATUSES.contains(status) ? status : "",
				kind != null && KINDS.contains(kind) ? kind : "", !drafts && "true".equals(overdue));
	}

	BoxFilter inBox(String other) {
		return of(other, status, kind, overdue ? "true" : null);
	}

	/** Whether only a box is asked for, nothing narrowing it. */
	public boolean narrowed() {
		return !status.isEmpty() || !kind.isEmpty() || overdue;
	}

	String serviceBox() {
		return box.equals("drafts") ? "outgoing" : box;
	}

	Optional<String> serviceStatus() {
		return box.equals("drafts") ? Optional.of("DRAFT") : Optional.of(status).filter(code -> !code.isEmpty());
	}

	Optional<String> kindCode() {
		return Optional.of(kind).filter(code -> !code.isEmpty());
	}

}
