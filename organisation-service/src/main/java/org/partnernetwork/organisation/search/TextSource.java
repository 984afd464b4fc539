package org.partnernetwork.organisation.search;

import java.util.List;

/**
 * A text of an indexed entry that free text is looked for in, as a result's
 * {@code matchedIn} names it, with the index fields it is indexed as and its weight in
 * the relevance order.
 *
 * @param label what a result says it matched in
 * @param path the field's path in the index
 * @param script whether the text is English, Khmer or a slug
 * @param boost how much a match here counts for relevance
 */
record TextSource(String label, String path, Script script, float boost) {

	enum Script {

		/** {@code path}: stemmed; {@code path + "Plain"}: plain words. */
		ENGLISH,
		/**
		 * {@code path}: ICU words; {@code path + "Grams"}: trigrams;
		 * {@code path + "Short"}: single characters and pairs.
		 */
		KHMER,
		/** {@code path}: its words. */
		SLUG

	}

	/** Where a service is looked for: its own texts and its organisation's names. */
	static final List<TextSource> SERVICE = List.of(new TextSource("name.en", "nameEn", Script.ENGLISH, 3),
			new TextSource("name.km", "nameKm", Script.KHMER, 3),
			new TextSource("organisation.name.en", "organisation.nameEn", Script.ENGLISH, 2),
			new TextSource("organisation.name.km", "organisation.nameKm", Script.KHMER, 2),
			new TextSource("organisation.slug", "organisation.slugText", Script.SLUG, 2),
			new TextSource("description.en", "descriptionEn", Script.ENGLISH, 1),
			new TextSource("description.km", "descriptionKm", Script.KHMER, 1));

	/** Where an organisation is looked for: its own texts (its services: nested). */
	static final List<TextSource> ORGANISATION = List.of(new TextSource("name.en", "nameEn", Script.ENGLISH, 3),
			new TextSource("name.km", "nameKm", Script.KHMER, 3), new TextSource("slug", "slugText", Script.SLUG, 3),
			new TextSource("description.en", "descriptionEn", Script.ENGLISH, 1),
			new TextSource("description.km", "descriptionKm", Script.KHMER, 1));

	/** An organisation's services, searched as one nested object each. */
	static final List<TextSource> ORGANISATION_SERVICES = List.of(
			new TextSource("services", "services.nameEn", Script.ENGLISH, 1),
			new TextSource("services", "services.nameKm", Script.KHMER, 1),
			new TextSource("services", "services.descriptionEn", Script.ENGLISH, 1),
			new TextSource("services", "services.descriptionKm", Script.KHMER, 1));

	/** The nested path of {@link #ORGANISATION_SERVICES}. */
	static final String SERVICES = "services";

}
