package org.partnernetwork.portal.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.partnernetwork.portal.web.Text;

/**
 * What the portal reads from vocational-service (and, for a seat request, from a
 * referral): only the fields its pages show. Statuses and codes stay strings, so one the
 * portal does not know yet still shows.
 */
public final class Training {

	private Training() {
	}

	/** An opening; {@code seatsFree} is what is left after offers held and enrolments. */
	public record Opening(UUID id, String centre, String trade, Text title, String province, int minAge, int maxAge,
			String sex, int seats, Integer seatsFree, LocalDate startDate, int durationWeeks,
			LocalDate applicationDeadline, boolean stipend, Integer stipendMonthlyUsd, boolean boarding,
			boolean literacyRequired, String certificate, String status, long version) {

		public boolean open() {
			return "OPEN".equals(status);
		}

		/** Seats held by an offer or taken by an enrolment. */
		public int seatsTaken() {
			return seatsFree == null ? 0 : seats - seatsFree;
		}
	}

	/** What a placement shows of its opening. */
	public record OpeningSummary(UUID id, String centre, String trade, Text title, String province, LocalDate startDate,
			int durationWeeks) {
	}

	/**
	 * A placement as one of its two organisations sees it; {@code actions} are what this
	 * reader may do now.
	 */
	public record Placement(UUID id, OpeningSummary opening, String status, Parties parties, String caseReference,
			int age, String sex, UUID referralId, LocalDate holdUntil, String closureCode, List<String> actions,
			Dates dates, long version, SeatConsent consent) {
	}

	/**
	 * The consent a seat request was made under and the centre and trade it covers;
	 * absent on requests made before seat requests carried consent.
	 */
	public record SeatConsent(String givenBy, Boolean childAssented, String centre, String trade) {
	}

	/** One line of a list of placements: no free text. */
	public record PlacementSummary(UUID id, OpeningSummary opening, String status, Parties parties, int age, String sex,
			boolean linkedToReferral, LocalDate holdUntil, String closureCode, Dates dates) {
	}

	/**
	 * What a seat request takes from the referral it starts from, as referral-service
	 * answers it.
	 */
	public record Referral(UUID id, String caseReference, Child child) {
	}

	/**
	 * The young person as a referral gives them: sex, and age in years unless it gives a
	 * birth year.
	 */
	public record Child(String sex, Integer ageYears) {
	}

	public record Parties(String centre, String requester, String requesterContact) {
	}

	/**
	 * An organisation's placements in numbers: those asked of its centre or those it
	 * asked for; completions by outcome and drop-outs by reason, every code listed.
	 */
	public record OutcomeSummary(String box, String organisation, long requests, long awaitingAnswer, long offered,
			long enrolled, long inTraining, long completed, Map<String, Long> completedByOutcome, long droppedOut,
			Map<String, Long> droppedOutByReason, long declined, long withdrawn, long expired) {
	}

	public record Dates(Instant createdAt, Instant offeredAt, Instant enrolledAt, Instant closedAt, Instant updatedAt) {
	}

}
