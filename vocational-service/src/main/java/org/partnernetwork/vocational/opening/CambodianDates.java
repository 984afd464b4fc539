package org.partnernetwork.vocational.opening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates on openings and placements (start, deadline, hold) are days in Cambodia: "today"
 * is today in Phnom Penh, and a hold until a date lasts to the end of that day there.
 */
public final class CambodianDates {

	public static final ZoneId ZONE = ZoneId.of("Asia/Phnom_Penh");

	private CambodianDates() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public static LocalDate dayOf(java.time.Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

}
