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
 * <li>Khmer (any Khmer character): each part between spaces is found where a text holds
 * it, inside words too (character trigrams in sequence, or single characters and pairs
 * for a shorter part), with the signs the database's collation takes as equal folded
 * together, as the old database search found it; where it is whole words (ICU's
 * dictionary segmentation, the part's words in sequence) the match counts double. Each
 * kind of match in each field has a fixed weight (names above descriptions), so that
 * equal matches keep name order.</li>
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
	 * Matches an entry whose {@code sources} hold the text: every part of a Khmer text
	 * (between spaces) in one of them each, every word of another text in one of them
	 * each.
	 */
	SearchPredicate all(String text, List<TextSource> sources) {
		List<SearchPredicate> parts = parts(text, sources);
		if (parts.isEmpty()) {
			return f.matchNone().toPredicate();
		}
		var all = f.bool();
		parts.forEach(all::must);
		return all.toPredicate();
	}

	/**
	 * Matches an entry whose {@code sources} hold some of the text (a part of a Khmer
	 * text, a word of another): for telling which sources a result matched in.
	 */
	SearchPredicate any(String text, List<TextSource> sources) {
		List<SearchPredicate> parts = parts(text, sources);
		if (parts.isEmpty()) {
			return f.matchNone().toPredicate();
		}
		var any = f.bool();
		parts.forEach(any::should);
		return any.toPredicate();
	}

	private List<SearchPredicate> parts(String text, List<TextSource> sources) {
		if (isKhmer(text)) {
			return Arrays.stream(text.strip().split("\\s+"))
				.filter(part -> !part.isEmpty())
				.distinct()
				.map(part -> khmer(part, sources))
				.toList();
		}
		return words(text).stream().map(word -> word(word, sources)).toList();
	}

	/**
	 * A Khmer text inside the Khmer texts of the sources (as the old database search
	 * found it); a whole-word match (ICU's words, in sequence) counts double.
	 */
	private SearchPredicate khmer(String part, List<TextSource> sources) {
		var any = f.bool();
		for (TextSource source : sources) {
			if (source.script() == TextSource.Script.KHMER) {
				any.should(inside(source, part, source.boost()));
				any.should(f.phrase()
					.field(source.path())
					.matching(part)
					.constantScore()
					.boost(source.boost() * WORD_MATCH));
			}
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
