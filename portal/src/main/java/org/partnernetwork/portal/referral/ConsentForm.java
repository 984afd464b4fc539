package org.partnernetwork.portal.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import org.partnernetwork.portal.referral.ReferralRequests.ConsentInput;
import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Typed;

/**
 * Consent as the person records it, in the new referral's form or later on a draft: who
 * gave it (the child, a caregiver or guardian with the child's agreement), on which day
 * and, if it was given for a while only, the last day it holds; or a supervisor's
 * override with a reason. It covers the referral's receiving organisation and service
 * type only.
 */
public record ConsentForm(String consent, String assent, String consentDate, String consentUntil,
		String overrideReason) {

	/** referral-service names consent's parts by their place in the request. */
	static final FormFields FIELDS = FormFields.of("consent", "assent", "consentDate", "consentUntil", "overrideReason")
		.besides("childAssented", "assent")
		.besides("recordedAt", "consentDate")
		.besides("expiresAt", "consentUntil")
		.besides("override.reason", "overrideReason");

	static final ZoneId CAMBODIA = ZoneId.of("Asia/Phnom_Penh");

	public boolean override() {
		return "OVERRIDE".equals(consent);
	}

	boolean given() {
		return consent != null && !consent.isBlank();
	}

	/** The fields the portal already knows to be wrong. */
	Set<String> invalidFields() {
		Set<String> invalid = new LinkedHashSet<>();
		if (consent == null || !consent.matches("CHILD|CAREGIVER|GUARDIAN|OVERRIDE")) {
			invalid.add("consent");
		}
		// a caregiver's or guardian's consent needs the child's agreement too
		if (consent != null && consent.matches("CAREGIVER|GUARDIAN") && !"yes".equals(assent)) {
			invalid.add("assent");
		}
		if (override()) {
			if (overrideReason == null || overrideReason.isBlank() || overrideReason.strip().length() > 1000) {
				invalid.add("overrideReason");
			}
		}
		else if (consent != null && (day() == null || day().isAfter(LocalDate.now(CAMBODIA)))) {
			invalid.add("consentDate");
		}
		// the last day it holds: today or later, and not before it was given
		if (!override() && limited() && (until() == null || until().isBefore(LocalDate.now(CAMBODIA))
				|| (day() != null && until().isBefore(day())))) {
			invalid.add("consentUntil");
		}
		return invalid;
	}

	/**
	 * referral-service's consent: given on the day (until the end of its last day, if it
	 * has one), or overridden; covering this receiver and this service.
	 */
	ConsentInput input(String receiverOrganisation, String serviceType) {
		if (override()) {
			return ConsentInput.overridden(overrideReason.strip(), receiverOrganisation, serviceType);
		}
		return ConsentInput.given(consent, "CHILD".equals(consent) || "yes".equals(assent),
				day().atStartOfDay(CAMBODIA).toInstant(),
				limited() ? until().plusDays(1).atStartOfDay(CAMBODIA).toInstant() : null, receiverOrganisation,
				serviceType);
	}

	private boolean limited() {
		return consentUntil != null && !consentUntil.isBlank();
	}

	private LocalDate day() {
		return Typed.day(consentDate);
	}

	private LocalDate until() {
		return Typed.day(consentUntil);
	}

}
