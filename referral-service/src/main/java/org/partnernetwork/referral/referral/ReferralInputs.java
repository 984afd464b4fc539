package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.partnernetwork.referral.consent.ConsentInput;
import org.partnernetwork.support.privacy.NoPersonalDetails;
import org.partnernetwork.support.web.ApiPatterns;

/**
 * What a client may send. Status, organisations, creator and version are never taken from
 * a body.
 */
public final class ReferralInputs {

	private ReferralInputs() {
	}

	/**
	 * A new referral; {@code send: true} sends it at once (the receiver and consent are
	 * checked first, and nothing is saved if they fail). {@code offPlatform: true}
	 * records one handed over off the platform, to a directory organisation
	 * ({@code receiverOrganisation}) or to one known by {@code receiverName} and
	 * {@code receiverType} only.
	 */
	public record NewReferralRequest(
			@Pattern(regexp = ApiPatterns.ORGANISATION_SLUG,
					message = "must be an organisation's slug") String receiverOrganisation,
			@NotNull @Pattern(
					regexp = ApiPatterns.SERVICE_TYPE, message = "must be a service type code") String serviceType,
			ReferralKind kind,
			@NotNull @Pattern(regexp = ApiPatterns.CASE_REFERENCE,
					message = "must be your case system's reference (letters, digits, . _ / -), never a name") String caseReference,
			@NotNull @Valid ChildInput child, @NotNull Urgency urgency, @NotNull RiskLevel riskLevel,
			@NotBlank @Size(max = 2000) @NoPersonalDetails String summary, @Valid ConsentInput consent, Boolean send,
			Boolean offPlatform, @Size(max = 120) @NoPersonalDetails String receiverName,
			OrganisationType receiverType) {

		ReferralKind kindOrDefault() {
			return kind != null ? kind : ReferralKind.SERVICE;
		}

		boolean sendNow() {
			return Boolean.TRUE.equals(send) || isOffPlatform();
		}

		boolean isOffPlatform() {
			return Boolean.TRUE.equals(offPlatform);
		}

		/**
		 * The receiver as consent names it: its slug, or the name of one off the
		 * platform.
		 */
		String receiver() {
			return receiverOrganisation != null ? receiverOrganisation : receiverName.strip();
		}
	}

	/**
	 * Finding referrals of one box by their case reference (exact, whatever the letters'
	 * case), in a body so that the reference stays out of URLs and access logs.
	 */
	public record CaseReferenceSearch(@NotNull @Pattern(regexp = "incoming|outgoing",
			message = "must be incoming or outgoing") @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {
					"incoming", "outgoing" }) String box,
			@NotNull @Pattern(regexp = ApiPatterns.CASE_REFERENCE,
					message = "must be your case system's reference (letters, digits, . _ / -), never a name") String caseReference){

		@Override
		public String toString() {
			return "CaseReferenceSearch[box=" + box + "]";
		}
	}

	/**
	 * After a decline or an expiry: the same child, summary and service (or another
	 * {@code serviceType}) to another organisation, under fresh consent for it;
	 * {@code send: true} sends it at once, otherwise it is a draft.
	 */
	public record RerouteRequest(
			@NotNull @Pattern(regexp = ApiPatterns.ORGANISATION_SLUG,
					message = "must be an organisation's slug") String receiverOrganisation,
			@Pattern(regexp = ApiPatterns.SERVICE_TYPE, message = "must be a service type code") String serviceType,
			@Valid ConsentInput consent, Boolean send) {

		boolean sendNow() {
			return Boolean.TRUE.equals(send);
		}
	}

	/**
	 * The child: sex, age in years or birth year (one of the two), province and
	 * languages.
	 */
	public record ChildInput(
			@NotNull @Pattern(regexp = ApiPatterns.SEX, message = "must be female, male or other") String sex,
			@Min(0) @Max(25) Integer ageYears, @Min(1990) @Max(2100) Integer birthYear,
			@NotNull @Pattern(regexp = ApiPatterns.PROVINCE,
					message = "must be an ISO 3166-2:KH province code") String province,
			@NotNull @Size(min = 1, max = 5) List<@NotNull @Pattern(regexp = ApiPatterns.LANGUAGE,
					message = "must be an ISO 639 language code") String> languages) {

		@AssertTrue(message = "give either ageYears or birthYear, not both")
		boolean isAge() {
			return (ageYears == null) != (birthYear == null);
		}
	}

	/** A transition's reason or outcome code and an optional note for the timeline. */
	public record ActionRequest(@Pattern(regexp = ApiPatterns.CODE, message = "must be a code") String code,
			@Size(max = 2000) @NoPersonalDetails String note) {

		static final ActionRequest EMPTY = new ActionRequest(null, null);

	}

	public record NoteRequest(@NotBlank @Size(max = 2000) @NoPersonalDetails String text) {
	}

	/**
	 * An update another service posts to a referral's timeline: codes and ids only, no
	 * free text.
	 */
	public record PartnerEvent(@NotNull UUID eventId,
			@NotNull @Pattern(regexp = "[A-Z][A-Z_]{2,29}", message = "must be an event type code") String type,
			@NotNull @Pattern(regexp = ApiPatterns.ORGANISATION_SLUG,
					message = "must be an organisation's slug") String organisation,
			@Pattern(regexp = ApiPatterns.CODE, message = "must be a code") String code, @NotNull Instant occurredAt) {
	}

}
