package org.partnernetwork.organisation.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnernetwork.organisation.directory.DirectoryQueries;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceTypeView;
import org.springframework.stereotype.Component;

/**
 * The service types' English and Khmer names as synonyms of each other: a search text
 * naming a type in one language is also looked for with the type's name in the other
 * ("legal aid" also as "ជំនួយផ្លូវច្បាប់", and back). The names come from the directory's
 * taxonomy, read once.
 */
@Component
class ServiceTypeSynonyms {

	private final DirectoryQueries directory;

	private volatile List<ServiceTypeView> types;

	ServiceTypeSynonyms(DirectoryQueries directory) {
		this.directory = directory;
	}

	/**
	 * The search text, then the same text with each type name said in the other language.
	 */
	List<String> alternatives(String text) {
		Set<String> alternatives = new LinkedHashSet<>();
		alternatives.add(text);
		for (ServiceTypeView type : types()) {
			String en = type.label().en();
			String km = type.label().km();
			replace(text, en, km).ifPresent(alternatives::add);
			replace(text, km, en).ifPresent(alternatives::add);
		}
		return new ArrayList<>(alternatives);
	}

	private static Optional<String> replace(String text, String name, String synonym) {
		if (name == null || synonym == null || name.isBlank()) {
			return Optional.empty();
		}
		Matcher found = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
			.matcher(text);
		if (!found.find()) {
			return Optional.empty();
		}
		return Optional.of(text.substring(0, found.start()) + synonym + text.substring(found.end()));
	}

	private List<ServiceTypeView> types() {
		List<ServiceTypeView> known = types;
		if (known == null) {
			known = directory.serviceTypes();
			types = known;
		}
		return known;
	}

}
