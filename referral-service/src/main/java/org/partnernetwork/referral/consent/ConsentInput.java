package org.partnernetwork.referral.consent;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.partnernetwork.support.privacy.NoPersonalDetails;

/**
 * Consent as the coordinator records it: who gave it, whether the child assented
 * (required when a caregiver or guardian gave it), when it was given and until when; or a
 * supervisor's override.
 */
public record ConsentInput(ConsentGiver givenBy, Boolean childAssented, Instant recordedAt, Instant expiresAt,
		@Valid Override override) {

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
