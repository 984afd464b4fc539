package org.partnernetwork.portal.referral;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actions a referral page can offer, in the order it offers them, with what each
 * needs: a reason or outcome code from a list, or a note that asks or answers. Which of
 * them a person sees is referral-service's decision (the referral's {@code actions}); an
 * action the portal does not know is not offered.
 */
public final class ReferralActions {

	static final int MAX_NOTE = 2000;

	/**
	 * One action: its name in URLs, the codes it takes (none: takes no code), whether its
	 * note is required, and whether the person must tick a box saying they mean it (it
	 * cannot be undone).
	 */
	public record Action(String name, List<String> codes, boolean noteRequired, boolean confirmationRequired) {

		Action(String name, List<String> codes, boolean noteRequired) {
			this(name, codes, noteRequired, false);
		}

		public boolean takesCode() {
			return !codes.isEmpty();
		}
	}

	private static final List<Action> ALL = List.of(new Action("accept", List.of(), false),
			new Action("request-info", List.of(), true), new Action("provide-info", List.of(), true),
			new Action("decline",
					List.of("NO_CAPACITY", "NOT_ELIGIBLE", "OUT_OF_AREA", "SERVICE_NOT_OFFERED", "DUPLICATE", "OTHER"),
					false),
			new Action("send", List.of(), false), new Action("start", List.of(), false),
			new Action("complete", List.of("SERVICE_PROVIDED", "GOALS_MET", "GOALS_PARTLY_MET", "CASE_CLOSED"), false),
			new Action("fail",
					List.of("CHILD_UNREACHABLE", "CHILD_DECLINED_SERVICE", "SERVICE_UNAVAILABLE", "MOVED_AWAY",
							"OTHER"),
					false, true),
			new Action("cancel", List.of("NO_LONGER_NEEDED", "SENT_IN_ERROR", "SERVED_ELSEWHERE", "OTHER"), false,
					true),
			new Action("withdraw-consent", List.of(), false, true));

	private static final Map<String, Action> BY_NAME = ALL.stream()
		.collect(java.util.stream.Collectors.toMap(Action::name, action -> action));

	private ReferralActions() {
	}

	/** Exactly the allowed actions the portal knows, in the page's order. */
	static List<Action> offered(List<String> allowed) {
		return allowed == null ? List.of() : ALL.stream().filter(action -> allowed.contains(action.name())).toList();
	}

	/**
	 * What the page says after an action, as a code in the redirect's query
	 * ({@code ?done=referral.accepted}): never anything about the case.
	 */
	private static final Map<String, String> DONE = Map.ofEntries(Map.entry("accept", "referral.accepted"),
			Map.entry("decline", "referral.declined"), Map.entry("request-info", "referral.infoRequested"),
			Map.entry("provide-info", "referral.infoProvided"), Map.entry("send", "referral.sent"),
			Map.entry("start", "referral.started"), Map.entry("complete", "referral.completed"),
			Map.entry("fail", "referral.failed"), Map.entry("cancel", "referral.cancelled"),
			Map.entry("withdraw-consent", "referral.consentWithdrawn"), Map.entry("notes", "referral.noteAdded"),
			Map.entry("consent", "referral.consentRecorded"), Map.entry("created", "referral.sent"),
			Map.entry("drafted", "referral.drafted"));

	/** The code the page says after this action (or form) was done. */
	static String done(String action) {
		return DONE.get(action);
	}

	/** A {@code done} code from a URL, if it is one the page knows; otherwise nothing. */
	static String knownDone(String code) {
		return code != null && DONE.containsValue(code) ? code : null;
	}

	/** Where the browser goes after an action: the referral, saying what happened. */
	static String after(java.util.UUID id, String action) {
		return "/referrals/" + id + "?done=" + done(action);
	}

	static Optional<Action> named(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

}
