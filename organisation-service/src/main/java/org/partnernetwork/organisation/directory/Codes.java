package org.partnernetwork.organisation.directory;

import java.util.Locale;
import java.util.Set;

import org.partnernetwork.support.web.ApiPatterns;

/**
 * The code lists the directory accepts: Cambodian provinces (ISO 3166-2:KH) and ISO 639
 * languages. The shapes the services share are service-support's {@link ApiPatterns};
 * these names point at them.
 */
public final class Codes {

	public static final String PROVINCE = ApiPatterns.PROVINCE;

	static final String SLUG = ApiPatterns.ORGANISATION_SLUG;

	/**
	 * A slug as {@code GET /api/organisations/{slug}} takes it: looser than {@link #SLUG}
	 * (two characters, a dash at the end), so that such a lookup answers 404 like any
	 * organisation that is not there, as the portal's organisation page expects. Making
	 * it {@link #SLUG} would answer those with 400.
	 */
	static final String SLUG_LOOKUP = "[a-z0-9][a-z0-9-]{1,59}";

	/** Whether a service takes new children now. */
	public static final String CAPACITY = "available|waitlist|full";

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private Codes() {
	}

	static boolean isLanguage(String code) {
		return code != null && LANGUAGES.contains(code);
	}

}
