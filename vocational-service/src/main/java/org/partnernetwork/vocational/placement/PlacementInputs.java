package org.partnernetwork.vocational.placement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.partnernetwork.support.privacy.NoPersonalDetails;
import org.partnernetwork.support.web.ApiPatterns;
import org.partnernetwork.vocational.opening.OpeningInputs;

/**
 * What a client may send about placements. Status, organisations, creator and version
 * never come from a body.
 */
public final class PlacementInputs {

	private PlacementInputs() {
	}

	/**
	 * A seat asked for a young person on an opening, optionally for a referral the
	 * requester can see, under the consent given for it (required).
	 */
	public record SeatRequest(@NotNull UUID openingId, @NotNull @Pattern(regexp = ApiPatterns.CASE_REFERENCE,
			message = "must be your case system's reference (letters, digits, . _ / -), never a name") String caseReference,
			@NotNull @Min(0) @Max(30) Integer age,
			@NotNull @Pattern(regexp = ApiPatterns.SEX, message = "must be female, male or other") String sex,
			UUID referralId, @Size(max = 1000) @NoPersonalDetails String note, @Valid ConsentInput consent) {
	}

	/**
	 * Consent for a seat request: who gave it and, when a caregiver or guardian did,
	 * whether the young person agreed. It covers the opening's centre and trade;
	 * {@code centre} and {@code trade}, where given, must name those.
	 */
	public record ConsentInput(@NotNull ConsentGiver givenBy, Boolean childAssented,
			@Pattern(regexp = ApiPatterns.ORGANISATION_SLUG, message = "must be an organisation's slug") String centre,
			@Pattern(regexp = OpeningInputs.TRADE,
					message = "must be a trade code such as motorbike-mechanics") String trade) {
	}

	/**
	 * Who gave consent for a seat request: the young person, or a caregiver or guardian.
	 */
	public enum ConsentGiver {

		CHILD, CAREGIVER, GUARDIAN

	}

	/**
	 * A transition's reason or outcome code, or the date an offer holds the seat until.
	 */
	public record ActionRequest(@Pattern(regexp = ApiPatterns.CODE, message = "must be a code") String code,
			LocalDate holdUntil) {

		static final ActionRequest EMPTY = new ActionRequest(null, null);

	}

}
