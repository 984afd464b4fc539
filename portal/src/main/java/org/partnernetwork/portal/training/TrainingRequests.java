package org.partnernetwork.portal.training;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the portal sends vocational-service, as its requests are written
 * ({@code OpeningInputs}, {@code PlacementInputs}): the same property names and JSON
 * types (whole numbers, true or false, codes, ISO days), so that a refusal names a
 * property the form can stand beside.
 */
final class TrainingRequests {

	private TrainingRequests() {
	}

	/**
	 * An opening, posted or edited whole; {@code version}, the one read before editing,
	 * only with an edit.
	 */
	record OpeningRequest(String trade, Title title, String province, Integer minAge, Integer maxAge, String sex,
			Integer seats, LocalDate startDate, Integer durationWeeks, LocalDate applicationDeadline, Boolean stipend,
			Integer stipendMonthlyUsd, Boolean boarding, Boolean literacyRequired, String certificate,
			@JsonInclude(JsonInclude.Include.NON_NULL) Long version) {
	}

	record Title(String en, String km) {
	}

	/**
	 * A seat asked for a young person on an opening, the referral it is for, if any, and
	 * the consent it is asked under.
	 */
	record SeatRequest(UUID openingId, String caseReference, Integer age, String sex,
			@JsonInclude(JsonInclude.Include.NON_NULL) UUID referralId, SeatConsent consent) {
	}

	/**
	 * Who gave consent for the seat request, and whether the young person agreed; it
	 * covers the opening's centre and trade.
	 */
	record SeatConsent(String givenBy, Boolean childAssented) {
	}

	/**
	 * A placement's action: its reason or outcome code, or the day an offer holds the
	 * seat until, or nothing.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ActionRequest(String code, LocalDate holdUntil) {
	}

}
