package org.partnernetwork.portal.referral;

import java.util.LinkedHashSet;
import java.util.Set;

import org.partnernetwork.portal.referral.ReferralRequests.RerouteRequest;
import org.partnernetwork.portal.web.FormFields;

/**
 * "Refer elsewhere" as the sender filled it in on a declined or expired referral: the
 * organisation to send the same child, summary and service to, and the consent given for
 * that organisation (never the old one's). {@code idempotencyKey} is made when the page
 * is shown, so a form sent twice makes one referral.
 */
public record ElsewhereForm(String organisation, String consent, String assent, String consentDate, String consentUntil,
		String overrideReason, String idempotencyKey) {

	/** referral-service names the receiver and consent's parts by their place. */
	static final FormFields FIELDS = FormFields
		.of("organisation", "consent", "assent", "consentDate", "consentUntil", "overrideReason")
		.besides("receiverOrganisation", "organisation")
		.besides("consent.childAssented", "assent")
		.besides("consent.recordedAt", "consentDate")
		.besides("consent.expiresAt", "consentUntil")
		.besides("consent.override.reason", "overrideReason");

	private ConsentForm consentForm() {
		return new ConsentForm(consent, assent, consentDate, consentUntil, overrideReason);
	}

	boolean keyed() {
		return idempotencyKey != null && idempotencyKey.matches("[0-9a-f-]{36}");
	}

	/** The fields the portal already knows to be wrong. */
	Set<String> invalidFields() {
		Set<String> invalid = new LinkedHashSet<>();
		if (organisation == null || !organisation.matches("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]")) {
			invalid.add("organisation");
		}
		invalid.addAll(consentForm().invalidFields());
		return invalid;
	}

	/** referral-service's request: sent at once, under consent for this organisation. */
	RerouteRequest request() {
		return new RerouteRequest(organisation, consentForm().input(organisation, null), true);
	}

}
