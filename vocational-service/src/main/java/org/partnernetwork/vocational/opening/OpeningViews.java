package org.partnernetwork.vocational.opening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the openings API answers; never an entity. */
public final class OpeningViews {

	private OpeningViews() {
	}

	/**
	 * An opening with the seats still free: seats minus those held by an offer or taken
	 * by an enrolment.
	 */
	public record OpeningView(UUID id, String centre, String trade, Title title, String province, int minAge,
			int maxAge, String sex, int seats, int seatsFree, LocalDate startDate, int durationWeeks,
			LocalDate applicationDeadline, boolean stipend, Integer stipendMonthlyUsd, boolean boarding,
			boolean literacyRequired, String certificate, OpeningStatus status, Instant createdAt, Instant updatedAt,
			Instant closedAt, long version) {
	}

	public record Title(String en, String km) {
	}

	/** What a placement shows of its opening. */
	public record OpeningSummary(UUID id, String centre, String trade, Title title, String province,
			LocalDate startDate, int durationWeeks) {
	}

}
