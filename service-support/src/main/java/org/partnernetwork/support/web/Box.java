package org.partnernetwork.support.web;

import org.partnernetwork.support.domain.InvalidField;

/**
 * Which of an organisation's lists of cases: {@code incoming} (sent to it) or
 * {@code outgoing} (sent by it), as the API spells them in {@code ?box=}.
 */
public enum Box {

	INCOMING, OUTGOING;

	/** How the API spells it: {@code incoming}, {@code outgoing}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The box a {@code box} parameter names exactly, or 400 naming the parameter. */
	public static Box of(String value) {
		for (Box box : values()) {
			if (box.code().equals(value)) {
				return box;
			}
		}
		throw InvalidField.of("box", "must be incoming or outgoing");
	}

}
