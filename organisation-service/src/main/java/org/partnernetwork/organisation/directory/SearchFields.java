package org.partnernetwork.organisation.directory;

import java.util.List;

/**
 * The names directory search shares with the directory's index mapping: the analyzers the
 * entities' fields are indexed with (defined by the search feature's analysis
 * configuration) and the fields a search sorts and counts by.
 * <p>
 * Every text is indexed several ways: English with stemming ({@code nameEn}), as plain
 * words ({@code nameEnPlain}, for misspellings, and {@code nameKm}: Khmer cut into words
 * by ICU's dictionary), and Khmer as character trigrams ({@code nameKmGrams}) and single
 * characters and pairs ({@code nameKmShort}), so that text inside a Khmer word is found
 * too.
 */
public final class SearchFields {

	/** English: words, possessives dropped, lower case, Porter stemming. */
	public static final String ENGLISH = "english";

	/**
	 * Words of any script, ICU's segmentation (Khmer by its dictionary), lower case.
	 */
	public static final String WORDS = "words";

	/**
	 * Khmer signs that sort as equal folded together, then every three characters.
	 */
	public static final String KHMER_GRAMS = "khmerGrams";

	/** Folded like {@link #KHMER_GRAMS}, then every one and two characters. */
	public static final String KHMER_SHORT = "khmerShort";

	/** A short search text, folded like {@link #KHMER_SHORT}, kept whole. */
	public static final String KHMER_SHORT_QUERY = "khmerShortQuery";

	/** Names in order: lower case. */
	public static final String SORT = "sort";

	/** The English name, for name order. */
	public static final String NAME_SORT = "nameSort";

	/** The id (a service) or slug (an organisation): the last key of a stable order. */
	public static final String SORT_KEY = "sortKey";

	/** The age groups a service counts under, in order. */
	public static final List<String> AGE_GROUPS = AgeGroups.NAMES;

	private SearchFields() {
	}

}
