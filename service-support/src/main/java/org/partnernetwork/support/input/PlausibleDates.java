package org.partnernetwork.support.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

/**
 * Dates and times the platform takes, in bodies and parameters alike, lie between the
 * years 1900 and 2099: a year such as 999999999 is a client's bug, refused with 400,
 * never a database error.
 */
public final class PlausibleDates {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2099;

	public static final String RULE = "must be a date between the years " + FIRST_YEAR + " and " + LAST_YEAR;

	static final Set<Class<?>> TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
			ZonedDateTime.class);

	private PlausibleDates() {
	}

	public static boolean isPlausible(TemporalAccessor value) {
		int year = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
				: value.get(ChronoField.YEAR);
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	static boolean isDateType(Class<?> type) {
		return TYPES.contains(type);
	}

}
