package org.partnernetwork.portal.referral;

import java.util.Set;

import org.partnernetwork.portal.referral.ReferralActions.Action;
import org.partnernetwork.portal.referral.ReferralRequests.ActionRequest;
import org.partnernetwork.portal.referral.ReferralRequests.NoteRequest;
import org.partnernetwork.portal.web.FormFields;

/**
 * An action's form as the person filled it in: a code from the action's list, a note, and
 * {@code yes} in {@code confirmed} where the action asks the person to confirm it.
 */
public record ActionForm(String code, String note, String confirmed) {

	/** A note sent on its own is the request's {@code text}. */
	static final FormFields FIELDS = FormFields.of("code", "note", "confirmed").besides("text", "note");

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

	/** referral-service's request: only the fields filled in. */
	ActionRequest request() {
		return new ActionRequest(code != null && !code.isBlank() ? code : null,
				note != null && !note.isBlank() ? note.strip() : null);
	}

	/** A note on its own, as referral-service takes it. */
	NoteRequest noteRequest() {
		return new NoteRequest(note == null ? "" : note.strip());
	}
}
