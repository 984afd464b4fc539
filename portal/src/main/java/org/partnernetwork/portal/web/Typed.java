package org.partnernetwork.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * What a person typed or a URL carried, read as the pages need it: Khmer digits as
 * digits, a day, an id. Nothing here throws: what cannot be read is null or empty, and
 * the page says so beside the field.
 */
public final class Typed {

	/**
	 * A case system's reference as the services take it: letters, digits and
	 * {@code . _ / -}, never a name.
	 */
	public static final String CASE_REFERENCE = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}";

	private Typed() {
	}

	/** Whether the text, without the spaces around it, is a case reference. */
	public static boolean caseReference(String text) {
		return text != null && text.strip().matches(CASE_REFERENCE);
	}

	/**
	 * Khmer digits (០–៩) typed on a Khmer keyboard count as digits; the rest of the text
	 * stays as typed.
	 */
	public static String westernDigits(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder(text.length());
		text.codePoints().map(c -> c >= 0x17E0 && c <= 0x17E9 ? '0' + c - 0x17E0 : c).forEach(digits::appendCodePoint);
		return digits.toString();
	}

	/**
	 * A number as typed, without the spaces around it, in western digits; null stays
	 * null.
	 */
	public static String number(String text) {
		return text == null ? null : westernDigits(text.strip());
	}

	/**
	 * A day written the ISO way ({@code 2026-12-01}), spaces around it allowed; null if
	 * there is none.
	 */
	public static LocalDate day(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADay) {
			return null;
		}
	}

	/**
	 * An id from a URL or a form, or nothing: a malformed one is never sent to a service.
	 */
	public static Optional<UUID> uuid(String id) {
		try {
			return id != null && id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}
