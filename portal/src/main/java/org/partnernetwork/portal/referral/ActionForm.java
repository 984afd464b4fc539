package org.partnernetwork.portal.referral;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.partnernetwork.portal.referral.ReferralActions.Action;

/**
 * An action's form as the person filled it in: a code from the action's list, a note, and {@code yes} in
 * {@code confirmed} where the action asks the person to confirm it.
 */
public record ActionForm(String code, String note, String confirmed) {

	/** The fields the portal already knows to be wrong for this action. */
	Set<String> invalidFields(Action action) {
		if (action.takesCode() && (code == null || !action.codes().contains(code))) {
			return Set.of("code");
		}
		if (!action.takesCode() && code != null && !code.isBlank()) {
			return Set.of("code");
		}
		if (action.confirmationRequired() && !"yes".equals(confirmed)) {
			return Set.of("confirmed");
		}
		if (action.noteRequired() && (note == null || note.isBlank())) {
			return Set.of("note");
		}
		return note != null && note.strip().length() > ReferralActions.MAX_NOTE ? Set.of("note") : Set.of();
	}

	/** The body referral-service takes: only the fields filled in. */
	Map<String, String> body() {
		Map<String, String> body = new LinkedHashMap<>();
		if (code != null && !code.isBlank()) {
			body.put("code", code);
		}
		if (note != null && !note.isBlank()) {
			body.put("note", note.strip());
		}
		return body;
	}
}
