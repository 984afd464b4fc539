package org.partnernetwork.organisation.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Free text as index predicates.
 * <ul>
 * <li>Khmer (any Khmer character): found as words (ICU's dictionary segmentation, every
 * word of the search text in one field) or as text inside words (character trigrams in
 * sequence, or single characters and pairs for a shorter text), with the signs the old
 * database search took as equal folded together. Each kind of match in each field has a
 * fixed weight (names above descriptions, words above text inside a word), so that equal
 * matches keep name order.</li>
 * <li>Otherwise every word (English stopwords aside) must be found in some field, ranked
 * by the search engine's relevance (BM25) with names above descriptions; English stemmed,
 * so "mechanic" finds "mechanics". A misspelt word is looked for {@link #fuzzy} among the
 * plain words: up to one edit in a word of up to five letters, two in a longer one, the
 * first letter kept.</li>
 * </ul>
 */
final class FreeText {

	/** Lucene's English stopwords: left out of the words that must all match. */
	private static final Set<String> STOPWORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
			"if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
			"there", "these", "they", "this", "to", "was", "will", "with");

	private static final float WORD_MATCH = 2;

	private final SearchPredicateFactory f;

	private final boolean fuzzy;

	FreeText(SearchPredicateFactory f, boolean fuzzy) {
		this.f = f;
		this.fuzzy = fuzzy;
	}

	/** Either predicate. */
	SearchPredicate either(SearchPredicate one, SearchPredicate other) {
		return f.bool().should(one).should(other).toPredicate();
	}

	/** The predicate on one object nested at {@code path}. */
	SearchPredicate nested(String path, SearchPredicate predicate) {
		return f.nested(path).add(predicate).toPredicate();
	}

	static boolean isKhmer(String text) {
		return text.codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF || c >= 0x19E0 && c <= 0x19FF);
	}

	/**
	 * Matches an entry whose {@code sources} hold the text: for Khmer, the text in one of
	 * them; otherwise every word in one of them each.
	 */
	SearchPredicate all(String text, List<TextSource> sources) {
		if (isKhmer(text)) {
			return any(text, sources);
		}
		List<String> words = words(text);
		if (words.isEmpty()) {
			return f.matchNone().toPredicate();
		}
		var all = f.bool();
		for (String word : words) {
			all.must(word(word, sources));
		}
		return all.toPredicate();
	}

	/**
	 * Matches an entry whose {@code sources} hold some of the text: for Khmer, the text;
	 * otherwise any of its words. For telling which sources a result matched in.
	 */
	SearchPredicate any(String text, List<TextSource> sources) {
		var any = f.bool();
		if (isKhmer(text)) {
			String stripped = text.strip();
			for (TextSource source : sources) {
				if (source.script() == TextSource.Script.KHMER) {
					any.should(f.match()
						.field(source.path())
						.matching(stripped)
						.minimumShouldMatchPercent(100)
						.constantScore()
						.boost(source.boost() * WORD_MATCH));
					any.should(inside(source, stripped, source.boost()));
				}
			}
			return any.toPredicate();
		}
		List<String> words = words(text);
		if (words.isEmpty()) {
			return f.matchNone().toPredicate();
		}
		for (String word : words) {
			any.should(word(word, sources));
		}
		return any.toPredicate();
	}

	/**
	 * Text inside a Khmer text: its trigrams in sequence, or a short text whole; a fixed
	 * score.
	 */
	private SearchPredicate inside(TextSource source, String text, float boost) {
		long length = text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).count();
		if (length >= 3) {
			return f.phrase().field(source.path() + "Grams").matching(text).constantScore().boost(boost).toPredicate();
		}
		return f.match().field(source.path() + "Short").matching(text).constantScore().boost(boost).toPredicate();
	}

	private SearchPredicate word(String word, List<TextSource> sources) {
		var any = f.bool();
		int edits = word.length() <= 5 ? 1 : 2;
		for (TextSource source : sources) {
			String field = switch (source.script()) {
				case ENGLISH -> fuzzy ? source.path() + "Plain" : source.path();
				case KHMER, SLUG -> source.path();
			};
			var match = f.match().field(field).matching(word);
			any.should(fuzzy ? match.fuzzy(edits, 1).boost(source.boost()) : match.boost(source.boost()));
		}
		return any.toPredicate();
	}

	/**
	 * The words that must match: letters and digits, lower case, English stopwords left
	 * out (unless there is nothing else).
	 */
	static List<String> words(String text) {
		List<String> all = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+"))
			.filter(word -> !word.isEmpty())
			.distinct()
			.toList();
		List<String> meaningful = all.stream().filter(word -> !STOPWORDS.contains(word)).toList();
		return meaningful.isEmpty() ? all : meaningful;
	}

}
