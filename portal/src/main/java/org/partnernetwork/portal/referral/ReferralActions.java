package org.partnernetwork.portal.referral;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actions a referral page can offer, in the order it offers them, with what each
 * needs: a reason or outcome code from a list, or a note that asks or answers; and the
 * steps of a transfer request (ask to lead the case, accept, refuse). Which of them a
 * person sees is referral-service's decision (the referral's {@code actions}); an action
 * the portal does not know is not offered.
 */
public final class ReferralActions {

	static final int MAX_NOTE = 2000;

	/**
	 * One action: its name in the portal's URLs, the codes it takes (none: takes no
	 * code), whether its note is required, whether the person must tick a box saying they
	 * mean it (it cannot be undone), and its path under the referral in
	 * referral-service's API (its name among the referral's {@code actions}).
	 */
	public record Action(String name, List<String> codes, boolean noteRequired, boolean confirmationRequired,
			String path) {

		Action(String name, List<String> codes, boolean noteRequired) {
			this(name, codes, noteRequired, false, name);
		}

		Action(String name, List<String> codes, boolean noteRequired, boolean confirmationRequired) {
			this(name, codes, noteRequired, confirmationRequired, name);
		}

		/**
		 * A step of a transfer request: asking for the lead of the case, or answering.
		 */
		public boolean aboutLead() {
			return path.startsWith("lead-request");
		}

		public boolean takesCode() {
			return !codes.isEmpty();
		}
	}

	private static final List<Action> ALL = List.of(new Action("accept", List.of(), false),
			new Action("request-info", List.of(), true), new Action("provide-info", List.of(), true),
			new Action(
					"decline",
					List.of("NO_CAPACITY", "NOT_ELIGIBLE", "OUT_OF_AREA", "SERVICE_NOT_OFFERED", "DUPLICATE", "OTHER"),
					false),
			new Action("send", List.of(), false), new Action("start", List.of(), false),
			new Action("complete", List.of("SERVICE_PROVIDED", "GOALS_MET", "GOALS_PARTLY_MET", "CASE_CLOSED"), false),
			new Action("fail",
					List.of("CHILD_UNREACHABLE", "CHILD_DECLINED_SERVICE", "SERVICE_UNAVAILABLE", "MOVED_AWAY",
							"OTHER"),
					false, true),
			new Action(
					"cancel", List.of("NO_LONGER_NEEDED", "SENT_IN_ERROR", "SERVED_ELSEWHERE", "OTHER"), false, true),
			new Action("withdraw-consent", List.of(), false, true),
			new Action("ask-lead",
					List.of("CHILD_MOVED_TO_OUR_AREA", "WE_SEE_THE_CHILD_MOST", "SPECIALIST_CASE_MANAGEMENT",
							"FAMILY_ASKED", "OTHER"),
					false, false, "lead-request"),
			new Action("accept-lead", List.of(), false, false, "lead-request/accept"),
			new Action("refuse-lead", List.of("STILL_LEADING_ACTIVELY", "CASE_CLOSING_SOON", "DISCUSS_FIRST", "OTHER"),
					false, false, "lead-request/refuse"));

	private static final Map<String, Action> BY_NAME = ALL.stream()
		.collect(java.util.stream.Collectors.toMap(Action::name, action -> action));

	private ReferralActions() {
	}

	/**
	 * On a referral recorded off the platform, the receiver's answer and its outcome,
	 * which its sender records by hand.
	 */
	private static final List<String> ANSWER = List.of("accept", "decline");

	private static final List<String> OUTCOME = List.of("complete", "fail");

	/**
	 * The actions a page offers, in groups: off the platform, "record their answer" and
	 * "record the outcome" apart from the sender's own; on it, all in {@code other}.
	 */
	record Offered(List<Action> answer, List<Action> outcome, List<Action> other) {

		static Offered of(List<String> allowed, boolean offPlatform) {
			List<Action> all = offered(allowed);
			if (!offPlatform) {
				return new Offered(List.of(), List.of(), all);
			}
			return new Offered(all.stream().filter(action -> ANSWER.contains(action.name())).toList(),
					all.stream().filter(action -> OUTCOME.contains(action.name())).toList(),
					all.stream()
						.filter(action -> !ANSWER.contains(action.name()) && !OUTCOME.contains(action.name()))
						.toList());
		}
	}

	/** Exactly the allowed actions the portal knows, in the page's order. */
	static List<Action> offered(List<String> allowed) {
		return allowed == null ? List.of() : ALL.stream().filter(action -> allowed.contains(action.path())).toList();
	}

	/**
	 * What the page says after an action, as a code in the redirect's query
	 * ({@code ?done=referral.accepted}): never anything about the case. The steps about
	 * the lead of the case ({@code ?done=accept-lead}, and {@code accept-transfer} for an
	 * accepted transfer) say which organisation leads it now.
	 */
	private static final Map<String, String> DONE = Map.ofEntries(Map.entry("accept", "referral.accepted"),
			Map.entry("decline", "referral.declined"), Map.entry("request-info", "referral.infoRequested"),
			Map.entry("provide-info", "referral.infoProvided"), Map.entry("send", "referral.sent"),
			Map.entry("start", "referral.started"), Map.entry("complete", "referral.completed"),
			Map.entry("fail", "referral.failed"), Map.entry("cancel", "referral.cancelled"),
			Map.entry("withdraw-consent", "referral.consentWithdrawn"), Map.entry("notes", "referral.noteAdded"),
			Map.entry("consent", "referral.consentRecorded"), Map.entry("created", "referral.sent"),
			Map.entry("drafted", "referral.drafted"), Map.entry("recorded", "referral.recorded"),
			Map.entry("ask-lead", "ask-lead"), Map.entry("accept-lead", "accept-lead"),
			Map.entry("refuse-lead", "refuse-lead"), Map.entry("accept-transfer", "accept-transfer"));

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
