package org.partnernetwork.portal.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.partnernetwork.portal.referral.ReferralRequests.ChildInput;
import org.partnernetwork.portal.referral.ReferralRequests.ConsentInput;
import org.partnernetwork.portal.referral.ReferralRequests.NewReferralRequest;
import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Typed;

/**
 * "Refer a child" as the person filled it in, kept as typed so the page can show it
 * again: the receiving organisation and service (from Find help), the sender's
 * pseudonymous case reference, the child's age, sex, province and languages, urgency,
 * risk, a summary, and consent (the child, a caregiver or guardian with the child's
 * assent, on a date, until a day if it was given for a while; or a supervisor's override
 * with a reason), which covers this receiver and this service; and whether it asks for
 * the service ({@code SERVICE}) or hands over the lead of the case ({@code TRANSFER}).
 * {@code idempotencyKey} is made when the form is shown, so a form sent twice creates one
 * referral. With {@code offPlatform} {@code yes} it records a referral to a partner not
 * on the platform: the person picks a directory organisation or types a name and chooses
 * a type, and the service.
 */
public record NewReferralForm(String organisation, String serviceType, String caseReference, String age, String sex,
		String province, List<String> languages, String urgency, String riskLevel, String summary, String consent,
		String assent, String consentDate, String consentUntil, String overrideReason, String idempotencyKey,
		String draft, String kind, String offPlatform, String receiverName, String receiverType) {

	/**
	 * referral-service names the child's age and consent's parts by their place in the
	 * request.
	 */
	static final FormFields FIELDS = FormFields
		.of("kind", "caseReference", "age", "sex", "province", "languages", "urgency", "riskLevel", "summary",
				"consent", "assent", "consentDate", "consentUntil", "overrideReason", "organisation", "serviceType",
				"receiverName", "receiverType")
		.besides("receiverOrganisation", "organisation")
		.besides("child", "age")
		.besides("consent.childAssented", "assent")
		.besides("consent.recordedAt", "consentDate")
		.besides("consent.expiresAt", "consentUntil")
		.besides("consent.override.reason", "overrideReason");

	private static final String SEX = "female|male|other";

	private static final String PROVINCE = "KH-([1-9]|1[0-9]|2[0-5])";

	private static final ZoneId CAMBODIA = ZoneId.of("Asia/Phnom_Penh");

	private static final String SLUG = "[a-z0-9][a-z0-9-]{1,58}[a-z0-9]";

	private static final String SERVICE_TYPE = "[a-z][a-z-]{1,38}[a-z]";

	/**
	 * The types of an organisation not in the directory, as referral-service takes them.
	 */
	static final List<String> ORGANISATION_TYPES = List.of("POLICE", "GOVERNMENT", "COURT", "HEALTH_FACILITY", "SCHOOL",
			"NGO", "COMMUNITY_GROUP", "OTHER");

	/**
	 * Khmer digits typed on a Khmer keyboard count as digits; a form without a kind asks
	 * for the service.
	 */
	public NewReferralForm {
		age = Typed.number(age);
		languages = languages == null ? List.of() : languages;
		kind = kind == null || kind.isBlank() ? "SERVICE" : kind;
	}

	static NewReferralForm blank(String organisation, String serviceType, String key) {
		return new NewReferralForm(organisation, serviceType, null, null, null, null, List.of("km"), "ROUTINE", null,
				null, null, null, LocalDate.now(CAMBODIA).toString(), null, null, key, null, "SERVICE", null, null,
				null);
	}

	/**
	 * A blank form to record a referral to a partner not on the platform, perhaps with a
	 * directory organisation and a service already chosen.
	 */
	static NewReferralForm offPlatform(String organisation, String serviceType, String key) {
		return blank(organisation, serviceType, key).withReceiver("yes", null, null);
	}

	/** The types of an organisation not in the directory, for the form's list. */
	public List<String> organisationTypes() {
		return ORGANISATION_TYPES;
	}

	/** Recorded off the platform rather than sent to a receiver on it. */
	public boolean isOffPlatform() {
		return "yes".equals(offPlatform);
	}

	private NewReferralForm withReceiver(String offPlatform, String name, String type) {
		return new NewReferralForm(organisation, serviceType, caseReference, age, sex, province, languages, urgency,
				riskLevel, summary, consent, assent, consentDate, consentUntil, overrideReason, idempotencyKey, draft,
				kind, offPlatform, name, type);
	}

	/**
	 * Saved as a draft rather than sent: consent may be recorded later, and nothing
	 * reaches the receiver.
	 */
	public boolean asDraft() {
		return "yes".equals(draft);
	}

	/**
	 * The child's age, sex and province a search in Find help was for, where they are
	 * well formed; anything else is left for the person to fill in.
	 */
	NewReferralForm prefilled(String searchedAge, String searchedSex, String searchedProvince) {
		String typedAge = Typed.number(searchedAge);
		return new NewReferralForm(organisation, serviceType, caseReference,
				typedAge != null && typedAge.matches("\\d{1,2}") && Integer.parseInt(typedAge) <= 25 ? typedAge : null,
				searchedSex != null && searchedSex.matches(SEX) ? searchedSex : null,
				searchedProvince != null && searchedProvince.matches(PROVINCE) ? searchedProvince : null, languages,
				urgency, riskLevel, summary, consent, assent, consentDate, consentUntil, overrideReason, idempotencyKey,
				draft, kind, offPlatform, receiverName, receiverType);
	}

	NewReferralForm withKey(String key) {
		return new NewReferralForm(organisation, serviceType, caseReference, age, sex, province, languages, urgency,
				riskLevel, summary, consent, assent, consentDate, consentUntil, overrideReason, key, draft, kind,
				offPlatform, receiverName, receiverType);
	}

	public boolean override() {
		return consentForm().override();
	}

	private ConsentForm consentForm() {
		return new ConsentForm(consent, assent, consentDate, consentUntil, overrideReason);
	}

	/**
	 * Whether the receiver and service came from a real link; otherwise the form cannot
	 * be sent at all. Off the platform the person chooses them on the form.
	 */
	boolean addressed() {
		return isOffPlatform() || organisation != null && organisation.matches("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]")
				&& serviceType != null && serviceType.matches("[a-z][a-z-]{1,38}[a-z]");
	}

	/** The fields the portal already knows to be wrong. */
	Set<String> invalidFields() {
		Set<String> invalid = new LinkedHashSet<>();
		check(invalid, "kind", kind != null && kind.matches("SERVICE|TRANSFER"));
		check(invalid, "caseReference", Typed.caseReference(caseReference));
		check(invalid, "age", age != null && age.matches("\\d{1,2}") && Integer.parseInt(age) <= 25);
		check(invalid, "sex", sex != null && sex.matches(SEX));
		check(invalid, "province", province != null && province.matches(PROVINCE));
		check(invalid, "languages", !languages.isEmpty() && languages.size() <= 5
				&& languages.stream().allMatch(code -> code != null && code.matches("[a-z]{2,3}")));
		check(invalid, "urgency", urgency != null && urgency.matches("EMERGENCY|HIGH|ROUTINE"));
		check(invalid, "riskLevel", riskLevel != null && riskLevel.matches("LOW|MEDIUM|HIGH"));
		check(invalid, "summary", summary != null && !summary.isBlank() && summary.strip().length() <= 2000);
		if (isOffPlatform()) {
			checkReceiver(invalid);
		}
		// a draft may wait for consent
		if (!asDraft() || consentForm().given()) {
			invalid.addAll(consentForm().invalidFields());
		}
		return invalid;
	}

	/**
	 * referral-service's request: sent at once under the consent recorded here, or saved
	 * as a draft, with consent if it was recorded.
	 */
	NewReferralRequest request() {
		String receiver = isOffPlatform() && named() ? null : organisation;
		ConsentInput given = consentForm().given() ? consentForm().input(receiver, serviceType) : null;
		return new NewReferralRequest(receiver, serviceType, "TRANSFER".equals(kind) ? kind : null,
				caseReference.strip(), new ChildInput(sex, Integer.valueOf(age), province, languages), urgency,
				riskLevel, summary.strip(), given, isOffPlatform() || !asDraft(), isOffPlatform() ? true : null,
				receiver == null ? receiverName.strip() : null, receiver == null ? receiverType : null);
	}

	/**
	 * Off the platform: a directory organisation or a name with a type, and a service.
	 */
	private void checkReceiver(Set<String> invalid) {
		check(invalid, "serviceType", serviceType != null && serviceType.matches(SERVICE_TYPE));
		boolean picked = organisation != null && !organisation.isBlank();
		if (picked) {
			check(invalid, "organisation", organisation.matches(SLUG));
			check(invalid, "receiverName", !named());
			return;
		}
		check(invalid, "receiverName", named() && receiverName.strip().length() <= 120);
		check(invalid, "receiverType", receiverType != null && ORGANISATION_TYPES.contains(receiverType));
	}

	private boolean named() {
		return receiverName != null && receiverName.strip().length() >= 2;
	}

	private static void check(Set<String> invalid, String field, boolean valid) {
		if (!valid) {
			invalid.add(field);
		}
	}
}
