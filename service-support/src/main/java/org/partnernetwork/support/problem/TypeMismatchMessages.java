package org.partnernetwork.support.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a field of the wrong type must be instead, said from the type alone: the parser's
 * own message quotes what the client sent and is never shown.
 */
final class TypeMismatchMessages {

	private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
			Short.class, short.class);

	private static final String YEARS = ", between the years 1900 and 2099";

	private TypeMismatchMessages() {
	}

	static String forType(Class<?> type) {
		if (type == null) {
			return "wrong type or format";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (WHOLE_NUMBERS.contains(type)) {
			return "must be a whole number";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class) {
			return "must be a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (type == String.class) {
			return "must be a text";
		}
		if (type == Instant.class || type == OffsetDateTime.class) {
			return "must be a date and time in ISO-8601, such as 2026-11-01T08:00:00Z" + YEARS;
		}
		if (type == LocalDate.class) {
			return "must be a date such as 2026-11-01" + YEARS;
		}
		if (type == UUID.class) {
			return "must be an id (a UUID)";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "must be a list";
		}
		return "must be an object";
	}

}
