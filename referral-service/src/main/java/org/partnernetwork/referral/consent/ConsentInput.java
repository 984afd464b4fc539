package org.partnernetwork.referral.consent;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.partnernetwork.support.privacy.NoPersonalDetails;
import org.partnernetwork.support.web.ApiPatterns;

/**
 * Consent as the coordinator records it: who gave it, whether the child assented
 * (required when a caregiver or guardian gave it), when it was given and until when; or a
 * supervisor's override. It covers the referral's receiving organisation and service
 * type; {@code receiverOrganisation} and {@code serviceType}, where given, must name
 * those.
 */
public record ConsentInput(ConsentGiver givenBy, Boolean childAssented, Instant recordedAt, Instant expiresAt,
		@Valid Override override,
		@Pattern(regexp = ApiPatterns.ORGANISATION_SLUG,
				message = "must be an organisation's slug") String receiverOrganisation,
		@Pattern(regexp = ApiPatterns.SERVICE_TYPE, message = "must be a service type code") String serviceType) {

	/**
	 * Whether this consent, as given, may cover this receiver and this service (it names
	 * them, or names none).
	 */
	public boolean names(String receiver, String service) {
		return (receiverOrganisation == null || receiverOrganisation.equals(receiver))
				&& (serviceType == null || serviceType.equals(service));
	}

	public record Override(@NotBlank @Size(max = 1000) @NoPersonalDetails String reason) {
	}

	@AssertTrue(message = "give either givenBy (with recordedAt) or an override, not both")
	boolean isGivenOrOverridden() {
		return override != null ? givenBy == null && childAssented == null && expiresAt == null
				: givenBy != null && recordedAt != null;
	}

	@AssertTrue(message = "record whether the child assented when a caregiver or guardian gave consent")
	boolean isChildAssentRecorded() {
		return givenBy == null || givenBy == ConsentGiver.CHILD || childAssented != null;
	}
}
