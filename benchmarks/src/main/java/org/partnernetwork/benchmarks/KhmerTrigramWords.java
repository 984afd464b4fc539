package org.partnernetwork.benchmarks;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Khmer trigram words organisation-service saves with each name and description for
 * its FULLTEXT index (its {@code KhmerTrigrams}), for rows the benchmark inserts with
 * plain SQL. A copy, as the service is no library; {@link KhmerSearchCheck} tells after
 * loading whether the two still agree.
 */
final class KhmerTrigramWords {

	private static final char WEIGHTLESS = '\u25CC';

	private KhmerTrigramWords() {
	}

	static String of(String nameKm, String descriptionKm) {
		Set<String> words = new LinkedHashSet<>();
		for (String text : new String[] { nameKm, descriptionKm }) {
			if (text != null) {
				String folded = fold(text);
				for (int i = 0; i + 3 <= folded.length(); i++) {
					String trigram = folded.substring(i, i + 3);
					if (trigram.chars().allMatch(c -> c == WEIGHTLESS || (c >= 0x1780 && c <= 0x17FF))) {
						words.add(word(trigram));
					}
				}
			}
		}
		return String.join(" ", words);
	}

	private static String word(String trigram) {
		StringBuilder word = new StringBuilder(6);
		trigram.chars().forEach(c -> word.append(c == WEIGHTLESS ? "00" : String.format("%02x", c - 0x1700)));
		return word.toString();
	}

	private static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().forEach(c -> folded.append(fold(c)));
		return folded.toString();
	}

	private static char fold(int c) {
		int type = Character.getType(c);
		if (c == 0x17B4 || c == 0x17B5 || (c >= 0x17C6 && c <= 0x17D1) || c == 0x17D3 || c == 0x17DD
				|| type == Character.FORMAT || (type == Character.CONTROL && !Character.isWhitespace(c))
				|| (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
				|| (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F)) {
			return WEIGHTLESS;
		}
		if (c >= 0x17F0 && c <= 0x17F9) {
			return (char) (c - 0x10);
		}
		return c >= 0x1780 && c <= 0x17FF ? (char) c : '\uFFFD';
	}

}
