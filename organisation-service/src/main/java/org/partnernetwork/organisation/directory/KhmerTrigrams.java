package org.partnernetwork.organisation.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Khmer text cut into the three-character pieces a substring search can look up in an
 * index. Khmer has no spaces between words, so its words cannot be indexed, and MariaDB
 * has no n-gram parser for FULLTEXT. But a text that contains the searched text contains
 * each of its trigrams: saved with each name and description as words of six hex digits
 * ({@code ប្រ} → {@code 94d29a}), they go into an ordinary FULLTEXT index (MySQL and
 * MariaDB alike), which narrows a search to the texts that can match; the {@code LIKE}
 * that follows keeps the answer exactly what it was.
 * <p>
 * That holds if two characters the database's {@code LIKE} takes as equal also give equal
 * trigrams. The database compares Khmer character by character: the signs U+17C6–U+17D1,
 * U+17D3 and U+17DD (and, with newer collations, U+17B4 and U+17B5) have no weight of
 * their own and match one another, as do invisible characters such as the zero-width
 * space and combining accents; the two sets of Khmer digits are equal. Those are folded
 * together here before cutting. Only trigrams made of Khmer characters are kept: Khmer
 * search text is matched this way, anything else keeps the full {@code LIKE}.
 */
public final class KhmerTrigrams {

	/**
	 * The most trigrams a search looks up; more would only narrow what is already narrow.
	 */
	static final int MOST_PER_SEARCH = 4;

	/**
	 * What every character without a weight of its own is folded to (U+25CC DOTTED
	 * CIRCLE).
	 */
	private static final char WEIGHTLESS = '\u25CC';

	private KhmerTrigrams() {
	}

	/**
	 * The texts' trigrams as FULLTEXT words, for saving with them; {@code null} texts are
	 * skipped.
	 */
	static String words(String... texts) {
		return String.join(" ", of(texts).stream().map(KhmerTrigrams::word).toList());
	}

	/**
	 * A FULLTEXT boolean query that every text containing {@code text} matches ("+94d29a
	 * +9ab980 …"), or {@code null} if the text has no three Khmer characters in a row and
	 * only the full {@code LIKE} can tell.
	 */
	public static String booleanQuery(String text) {
		List<String> trigrams = forSearch(text);
		return trigrams.isEmpty() ? null
				: String.join(" ", trigrams.stream().map(trigram -> "+" + word(trigram)).toList());
	}

	/** Every distinct trigram of the texts; {@code null} texts are skipped. */
	static Set<String> of(String... texts) {
		Set<String> trigrams = new LinkedHashSet<>();
		for (String text : texts) {
			if (text != null) {
				trigrams.addAll(all(fold(text)));
			}
		}
		return trigrams;
	}

	/**
	 * The trigrams to look up for a search, spread over the search text (the first and
	 * the last among them), at most {@value #MOST_PER_SEARCH}; none if the text has no
	 * three Khmer characters in a row.
	 */
	static List<String> forSearch(String text) {
		List<String> all = all(fold(text));
		if (all.size() <= MOST_PER_SEARCH) {
			return all;
		}
		Set<String> spread = new LinkedHashSet<>();
		for (int i = 0; i < MOST_PER_SEARCH; i++) {
			spread.add(all.get(Math.round(i * (all.size() - 1) / (float) (MOST_PER_SEARCH - 1))));
		}
		return List.copyOf(spread);
	}

	/**
	 * Two hex digits a character: the Khmer block's low byte, or 00 for a character
	 * without weight.
	 */
	private static String word(String trigram) {
		StringBuilder word = new StringBuilder(6);
		trigram.chars().forEach(c -> word.append(c == WEIGHTLESS ? "00" : String.format("%02x", c - 0x1700)));
		return word.toString();
	}

	private static List<String> all(String folded) {
		Set<String> trigrams = new LinkedHashSet<>();
		for (int i = 0; i + 3 <= folded.length(); i++) {
			String trigram = folded.substring(i, i + 3);
			if (trigram.chars().allMatch(KhmerTrigrams::isKhmer)) {
				trigrams.add(trigram);
			}
		}
		return new ArrayList<>(trigrams);
	}

	/**
	 * One character for each of the text's code points, so that positions stay aligned.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().forEach(c -> folded.append(fold(c)));
		return folded.toString();
	}

	private static char fold(int c) {
		if (c == 0x17B4 || c == 0x17B5 || (c >= 0x17C6 && c <= 0x17D1) || c == 0x17D3 || c == 0x17DD
				|| isWeightlessElsewhere(c)) {
			return WEIGHTLESS;
		}
		if (c >= 0x17F0 && c <= 0x17F9) {
			return (char) (c - 0x10); // ៰..៹ are the digits ០..៩
		}
		if (c >= 0x1780 && c <= 0x17FF) {
			return (char) c;
		}
		return '\uFFFD'; // not Khmer: never part of a trigram
	}

	private static boolean isWeightlessElsewhere(int c) {
		int type = Character.getType(c);
		return type == Character.FORMAT || (type == Character.CONTROL && !Character.isWhitespace(c))
				|| (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
				|| (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F);
	}

	private static boolean isKhmer(int c) {
		return c == WEIGHTLESS || (c >= 0x1780 && c <= 0x17FF);
	}

}
