package org.partnernetwork.portal.training;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.training.Training.Referral;

/**
 * "Request a seat" as the coordinator filled it in: the young person's pseudonymous case reference (never a
 * name), age and sex, and the referral it is for, if any. {@code idempotencyKey} is made when the form is
 * shown, so a form sent twice asks for one seat.
 */
public record SeatRequestForm(String caseReference, String age, String sex, String referralId, String idempotencyKey) {

	static final Set<String> FIELDS = Set.of("caseReference", "age", "sex", "referralId");

	static final String CASE_REFERENCE = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}";

	public SeatRequestForm {
		age = TrainingNames.westernDigits(age);
	}

	static SeatRequestForm blank(String key) {
		return new SeatRequestForm(null, null, null, null, key);
	}

	/** Started from a referral: its case reference, the child's age and sex, and its id to link the two. */
	static SeatRequestForm from(Referral referral, String key) {
		var child = referral.child();
		return new SeatRequestForm(referral.caseReference(),
				child == null || child.ageYears() == null ? null : String.valueOf(child.ageYears()),
				child == null ? null : child.sex(), referral.id().toString(), key);
	}

	SeatRequestForm withKey(String key) {
		return new SeatRequestForm(caseReference, age, sex, referralId, key);
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
		if (linked() && TrainingNames.uuid(referralId.strip()).isEmpty()) {
			invalid.add("referralId");
		}
		return invalid;
	}

	boolean linked() {
		return referralId != null && !referralId.isBlank();
	}

	/** vocational-service's body. */
	Map<String, Object> body(UUID openingId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("openingId", openingId.toString());
		body.put("caseReference", caseReference.strip());
		body.put("age", Integer.parseInt(age));
		body.put("sex", sex);
		if (linked()) {
			body.put("referralId", referralId.strip());
		}
		return body;
	}
}
