package org.partnernetwork.support.privacy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What in a free text looks like it identifies a person: a phone number (Cambodian forms
 * such as {@code 012 345 678}, {@code 0971234567}, {@code +855 12 345 678},
 * {@code 855-12-345-678}, and international ones with a leading {@code +}), an e-mail
 * address, or a name label ({@code name:}, {@code Name -}, {@code ឈ្មោះ}). Khmer digits
 * count as digits. Years, counts, ages and dates ({@code 2024}, {@code 12 sessions},
 * {@code 2024-05-12}, {@code 12/05/2024}) do not look personal.
 */
public final class PersonalDetails {

	/** What a text looked like; its name is the message key's last part. */
	public enum Kind {

		PHONE, EMAIL, NAME

	}

	private record Rule(Kind kind, Pattern pattern) {
	}

	/** Digits in groups of 2 to 4, separated by at most one space, dash or dot. */
	private static final String SEP = "[ \\-.]?";

	private static final List<Rule> RULES = List.of(
			// Cambodian numbers with the country code: +855 12 345 678, 855-12-345-678,
			// 00855 (0)12 345678
			new Rule(Kind.PHONE,
					Pattern.compile("(?<![\\d+])(?:\\+|00)?855" + SEP + "(?:\\(0\\)" + SEP + ")?0?[1-9]\\d" + SEP
							+ "\\d{3}" + SEP + "\\d{3,4}(?!\\d)")),
			// Cambodian numbers dialled at home: 012 345 678, 0971234567, 097-123-4567
			new Rule(Kind.PHONE, Pattern.compile("(?<![\\d+])0[1-9]\\d" + SEP + "\\d{3}" + SEP + "\\d{3,4}(?!\\d)")),
			// any international number: a plus, then 8 to 15 digits in groups
			new Rule(Kind.PHONE, Pattern.compile("(?<![\\d\\w])\\+\\d{1,3}(?:[ \\-.]?\\(?\\d{1,5}\\)?){2,6}(?!\\d)")),
			new Rule(Kind.EMAIL,
					Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}")),
			// "name:", "Name -", "full name =", "surname:"; not "named", "the name of"
			new Rule(Kind.NAME, Pattern.compile(
					"(?<!\\p{L})(?:sur|first\\s?|last\\s?|family\\s?|given\\s?|full\\s?|nick)?name\\s*(?:[:=៖]|[\\-–—](?!\\p{L}))",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
			// Khmer "name", with or without the Khmer colon ៖: a label in a summary
			new Rule(Kind.NAME, Pattern.compile("ឈ្មោះ")));

	private PersonalDetails() {
	}

	/** What the text looks like it holds, the first rule that matches; empty if none. */
	public static Optional<Kind> find(CharSequence text) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		String latin = latinDigits(text);
		return RULES.stream().filter(rule -> rule.pattern().matcher(latin).find()).map(Rule::kind).findFirst();
	}

	/** Khmer digits ០ to ៩ as 0 to 9, so one set of patterns reads both. */
	static String latinDigits(CharSequence text) {
		StringBuilder latin = new StringBuilder(text.length());
		text.codePoints().forEach(c -> latin.appendCodePoint(c >= '០' && c <= '៩' ? '0' + (c - '០') : c));
		return latin.toString();
	}

}
