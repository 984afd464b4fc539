package org.partnernetwork.portal.referral;

import java.util.Set;

/**
 * Why a form on a referral page was refused, as one sentence beside that form:
 * {@code form} is the action's name or {@code notes}, {@code sentence} a message key,
 * {@code field} the field it stands beside (or null), {@code typed} what the person
 * wrote, shown again so nothing is lost.
 */
public record Refusal(String form, String sentence, String field, ActionForm typed) {

	/**
	 * @param refused the request's properties the service named, or the form's fields the
	 * portal found wrong
	 */
	static Refusal of(String form, int status, Set<String> refused, ActionForm typed) {
		return of(form, status, refused, Set.of(), typed);
	}

	/**
	 * @param personal the properties the service refused because their text looks like it
	 * identifies someone
	 */
	static Refusal of(String form, int status, Set<String> refused, Set<String> personal, ActionForm typed) {
		if (ActionForm.FIELDS.named(personal).contains("note")) {
			return new Refusal(form, "referral.refused.personal", "note", typed);
		}
		Set<String> fields = ActionForm.FIELDS.named(refused);
		if (fields.contains("code")) {
			return new Refusal(form, "referral.refused.code", "code", typed);
		}
		if (fields.contains("confirmed")) {
			return new Refusal(form, "withdraw-consent".equals(form) ? "referral.refused.confirmed"
					: "referral.refused.confirmed." + form, "confirmed", typed);
		}
		if (fields.contains("note")) {
			return new Refusal(form, "referral.refused.note", "note", typed);
		}
		String sentence = switch (status) {
			case 409 -> "referral.refused.conflict";
			case 403 -> "referral.refused.forbidden";
			case 422 -> "referral.refused.rule";
			default -> "referral.refused.other";
		};
		return new Refusal(form, sentence, null, typed);
	}

	/**
	 * Why consent recorded on a draft was refused: one sentence above the consent form,
	 * for the first part to blame.
	 * @param fields the consent form's fields the portal or the service found wrong
	 * @param personal those the service refused as looking personal
	 */
	static Refusal ofConsent(int status, Set<String> fields, Set<String> personal) {
		return new Refusal("consent", consentSentence(status, fields, personal), null, null);
	}

	private static String consentSentence(int status, Set<String> fields, Set<String> personal) {
		if (!personal.isEmpty()) {
			return "referral.new.error.personal";
		}
		if (fields.contains("consent")) {
			// a rule, not a choice left out: consent given for another receiver or
			// service
			return status == 422 ? "referral.new.error.consentScope" : "referral.new.error.consent";
		}
		for (String field : new String[] { "assent", "consentDate", "consentUntil", "overrideReason" }) {
			if (fields.contains(field)) {
				return "referral.new.error." + field;
			}
		}
		return switch (status) {
			case 403 -> "referral.new.refused.forbidden";
			case 409 -> "referral.refused.conflict";
			default -> "referral.refused.other";
		};
	}

	/**
	 * Why "Refer elsewhere" was refused: one sentence above its form, for the first part
	 * to blame.
	 * @param fields the form's fields the portal or the service found wrong
	 * @param personal those the service refused as looking personal
	 */
	static Refusal ofElsewhere(int status, Set<String> fields, Set<String> personal) {
		if (personal.isEmpty() && fields.contains("organisation")) {
			return new Refusal("elsewhere", "referral.elsewhere.error.organisation", "organisation", null);
		}
		if (personal.isEmpty() && fields.isEmpty() && status == 409) {
			return new Refusal("elsewhere", "referral.elsewhere.refused.conflict", null, null);
		}
		return new Refusal("elsewhere", consentSentence(status, fields, personal), null, null);
	}

	public boolean on(String formName) {
		return form.equals(formName);
	}

	public boolean beside(String formName, String fieldName) {
		return on(formName) && fieldName.equals(field);
	}
}
