package org.partnernetwork.portal.training;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.training.Training.Referral;
import org.partnernetwork.portal.training.TrainingRequests.SeatConsent;
import org.partnernetwork.portal.training.TrainingRequests.SeatRequest;
import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Typed;

/**
 * "Request a seat" as the coordinator filled it in: the young person's pseudonymous case
 * reference (never a name), age and sex, the referral it is for, if any, and the consent
 * it is asked under (the young person, or a caregiver or guardian with the young person's
 * agreement; it covers this opening's centre and trade). {@code idempotencyKey} is made
 * when the form is shown, so a form sent twice asks for one seat.
 */
public record SeatRequestForm(String caseReference, String age, String sex, String referralId, String consent,
		String assent, String idempotencyKey) {

	/** vocational-service names consent's parts by their place in the request. */
	static final FormFields FIELDS = FormFields.of("caseReference", "age", "sex", "referralId", "consent", "assent")
		.besides("consent.childAssented", "assent");

	static final String GIVERS = "CHILD|CAREGIVER|GUARDIAN";

	static final String CASE_REFERENCE = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}";

	public SeatRequestForm {
		age = Typed.number(age);
	}

	static SeatRequestForm blank(String key) {
		return new SeatRequestForm(null, null, null, null, null, null, key);
	}

	/**
	 * Started from a referral: its case reference, the child's age and sex, and its id to
	 * link the two.
	 */
	static SeatRequestForm from(Referral referral, String key) {
		var child = referral.child();
		return new SeatRequestForm(referral.caseReference(),
				child == null || child.ageYears() == null ? null : String.valueOf(child.ageYears()),
				child == null ? null : child.sex(), referral.id().toString(), null, null, key);
	}

	SeatRequestForm withKey(String key) {
		return new SeatRequestForm(caseReference, age, sex, referralId, consent, assent, key);
	}

	boolean keyed() {
		return idempotencyKey != null && idempotencyKey.matches("[0-9a-f-]{36}");
	}

	/** The fields the portal already knows to be wrong. */
	Set<String> invalidFields() {
		Set<String> invalid = new LinkedHashSet<>();
		if (caseReference == null || !caseReference.strip().matches(CASE_REFERENCE)) {
			invalid.add("caseReference");
		}
		if (age == null || !age.matches("\\d{1,2}") || Integer.parseInt(age) > 30) {
			invalid.add("age");
		}
		if (sex == null || !sex.matches("female|male|other")) {
			invalid.add("sex");
		}
		if (linked() && Typed.uuid(referralId.strip()).isEmpty()) {
			invalid.add("referralId");
		}
		if (consent == null || !consent.matches(GIVERS)) {
			invalid.add("consent");
		}
		// a caregiver's or guardian's consent needs the young person's agreement too
		else if (!"CHILD".equals(consent) && !"yes".equals(assent)) {
			invalid.add("assent");
		}
		return invalid;
	}

	boolean linked() {
		return referralId != null && !referralId.isBlank();
	}

	/** vocational-service's request. */
	SeatRequest request(UUID openingId) {
		return new SeatRequest(openingId, caseReference.strip(), Integer.valueOf(age), sex,
				linked() ? UUID.fromString(referralId.strip()) : null,
				new SeatConsent(consent, "CHILD".equals(consent) || "yes".equals(assent)));
	}
}
