package org.partnernetwork.portal.organisationadmin;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text the person typed that was not saved because someone changed the same thing
 * meanwhile (409): the form then shows the current version, and these beside it so
 * nothing typed is lost.
 */
public record Unsaved(String field, String value) {

	/** The texts typed that differ from the current version's, in the form's order. */
	static List<Unsaved> between(Map<String, String> typed, Map<String, String> current) {
		return typed.entrySet()
			.stream()
			.filter(entry -> Fields.present(entry.getValue()))
			.filter(entry -> !Objects.equals(entry.getValue().strip(), Fields.value(current.get(entry.getKey()))))
			.map(entry -> new Unsaved(entry.getKey(), entry.getValue().strip()))
			.toList();
	}
}
