package org.partnernetwork.referral.referral;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.partnernetwork.referral.consent.ConsentInput;

/** What a client may send. Status, organisations, creator and version are never taken from a body. */
public final class ReferralInputs {

	static final String SLUG = "[a-z0-9][a-z0-9-]{1,58}[a-z0-9]";

	static final String SERVICE_TYPE = "[a-z][a-z-]{1,38}[a-z]";

	/** A pseudonymous reference from the sender's own case system: letters, digits and . _ / - only, never a name. */
	static final String CASE_REFERENCE = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}";

	static final String PROVINCE = "KH-([1-9]|1[0-9]|2[0-5])";

	private ReferralInputs() {
	}

	/**
	 * A new referral; {@code send: true} sends it at once (the receiver and consent are checked first,
	 * and nothing is saved if they fail).
	 */
	public record NewReferralRequest(
			@NotNull @Pattern(regexp = SLUG, message = "must be an organisation's slug") String receiverOrganisation,
			@NotNull @Pattern(regexp = SERVICE_TYPE, message = "must be a service type code") String serviceType,
			ReferralKind kind,
			@NotNull @Pattern(regexp = CASE_REFERENCE,
					message = "must be your case system's reference (letters, digits, . _ / -), never a name") String caseReference,
			@NotNull @Valid ChildInput child,
			@NotNull Urgency urgency,
			@NotNull RiskLevel riskLevel,
			@NotBlank @Size(max = 2000) String summary,
			@Valid ConsentInput consent,
			Boolean send) {

		ReferralKind kindOrDefault() {
			return kind != null ? kind : ReferralKind.SERVICE;
		}

		boolean sendNow() {
			return Boolean.TRUE.equals(send);
		}
	}

	/** The child: sex, age in years or birth year (one of the two), province and languages. */
	public record ChildInput(
			@NotNull @Pattern(regexp = "female|male|other", message = "must be female, male or other") String sex,
			@Min(0) @Max(25) Integer ageYears,
			@Min(1990) @Max(2100) Integer birthYear,
			@NotNull @Pattern(regexp = PROVINCE, message = "must be an ISO 3166-2:KH province code") String province,
			@NotNull @Size(min = 1, max = 5) List<@NotNull @Pattern(regexp = "[a-z]{2,3}",
					message = "must be an ISO 639 language code") String> languages) {

		@AssertTrue(message = "give either ageYears or birthYear, not both")
		boolean isAge() {
			return (ageYears == null) != (birthYear == null);
		}
	}

	/** A transition's reason or outcome code and an optional note for the timeline. */
	public record ActionRequest(@Pattern(regexp = "[A-Z_]{2,40}", message = "must be a code") String code,
			@Size(max = 2000) String note) {

		static final ActionRequest EMPTY = new ActionRequest(null, null);
	}

	public record NoteRequest(@NotBlank @Size(max = 2000) String text) {
	}
}
