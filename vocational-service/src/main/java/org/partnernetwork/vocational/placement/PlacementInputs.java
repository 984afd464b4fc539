package org.partnernetwork.vocational.placement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.partnernetwork.support.privacy.NoPersonalDetails;
import org.partnernetwork.support.web.ApiPatterns;

/**
 * What a client may send about placements. Status, organisations, creator and version
 * never come from a body.
 */
public final class PlacementInputs {

	private PlacementInputs() {
	}

	/**
	 * A seat asked for a young person on an opening, optionally for a referral the
	 * requester can see.
	 */
	public record SeatRequest(@NotNull UUID openingId, @NotNull @Pattern(regexp = ApiPatterns.CASE_REFERENCE,
			message = "must be your case system's reference (letters, digits, . _ / -), never a name") String caseReference,
			@NotNull @Min(0) @Max(30) Integer age,
			@NotNull @Pattern(regexp = ApiPatterns.SEX, message = "must be female, male or other") String sex,
			UUID referralId, @Size(max = 1000) @NoPersonalDetails String note) {
	}

	/**
	 * A transition's reason or outcome code, or the date an offer holds the seat until.
	 */
	public record ActionRequest(@Pattern(regexp = ApiPatterns.CODE, message = "must be a code") String code,
			LocalDate holdUntil) {

		static final ActionRequest EMPTY = new ActionRequest(null, null);

	}

}
