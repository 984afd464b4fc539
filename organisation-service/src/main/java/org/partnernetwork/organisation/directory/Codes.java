package org.partnernetwork.organisation.directory;

import java.util.Locale;
import java.util.Set;

/** The code lists the directory accepts: Cambodian provinces (ISO 3166-2:KH) and ISO 639 languages. */
public final class Codes {

	public static final String PROVINCE = "KH-([1-9]|1[0-9]|2[0-5])";

	static final String SLUG = "[a-z0-9][a-z0-9-]{1,58}[a-z0-9]";

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private Codes() {
	}

	static boolean isLanguage(String code) {
		return code != null && LANGUAGES.contains(code);
	}
}
