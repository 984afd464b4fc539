package org.partnernetwork.portal.web;

import java.util.Locale;

/**
 * A name or description in English and Khmer, as the services hold them; a Khmer page
 * falls back to English where Khmer is missing.
 */
public record Text(String en, String km) {

	public String in(Locale locale) {
		return Language.KHMER.equals(locale) && km != null && !km.isBlank() ? km : en;
	}
}
