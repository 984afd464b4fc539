package org.partnernetwork.vocational.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.partnernetwork.vocational.opening.OpeningViews.OpeningSummary;
import org.partnernetwork.vocational.placement.PlacementInputs.ConsentGiver;

/** What the placements API answers; never an entity. */
public final class PlacementViews {

	private PlacementViews() {
	}

	/**
	 * A placement as the centre or the requesting organisation sees it; {@code actions}
	 * are what this reader may do now; {@code consent} is null for a request made before
	 * seat requests carried consent.
	 */
	public record PlacementView(UUID id, OpeningSummary opening, PlacementStatus status, Parties parties,
			String caseReference, int age, String sex, UUID referralId, String note, LocalDate holdUntil,
			String closureCode, List<String> actions, Dates dates, long version, ConsentView consent) {
	}

	/** The consent a seat request was made under, and the centre and trade it covers. */
	public record ConsentView(ConsentGiver givenBy, Boolean childAssented, Instant recordedAt, String recordedBy,
			String centre, String trade) {
	}

	/** One line of a box: no free text. */
	public record PlacementSummary(UUID id, OpeningSummary opening, PlacementStatus status, Parties parties, int age,
			String sex, boolean linkedToReferral, LocalDate holdUntil, String closureCode, Dates dates) {
	}

	public record Parties(String centre, String requester, String requesterContact) {
	}

	public record Dates(Instant createdAt, Instant offeredAt, Instant enrolledAt, Instant closedAt, Instant updatedAt) {
	}

	/**
	 * An organisation's placements in numbers: every request its centre received
	 * ({@code box} incoming; {@code centre} names it) or it made (outgoing), how many
	 * were ever enrolled, how many are in training now, completions by outcome and
	 * drop-outs by reason, and how the others ended.
	 */
	public record OutcomeSummary(String box, String organisation, String centre, long requests, long awaitingAnswer,
			long offered, long enrolled, long inTraining, long completed, Map<String, Long> completedByOutcome,
			long droppedOut, Map<String, Long> droppedOutByReason, long declined, long withdrawn, long expired) {
	}

}
