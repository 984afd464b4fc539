package org.partnernetwork.portal.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A form's fields, and which of them a service's refusal stands beside. A service names
 * what it refused by the property path of the request the form was sent as
 * ({@code errors[].field}: {@code summary}, {@code title.en}, {@code child.sex},
 * {@code provinces[2]}). The form's field is the one of that name: the path itself, the
 * path written as one word ({@code title.en} → {@code titleEn}), its last part
 * ({@code contact.email} → {@code email}), or the nearest enclosing property the form has
 * ({@code consent.givenBy} → {@code consent}). A form that calls a property otherwise
 * says so once, with {@link #besides}; that is the whole translation.
 */
public final class FormFields {

	private final Set<String> names;

	private final Map<String, String> elsewhere;

	private FormFields(Set<String> names, Map<String, String> elsewhere) {
		this.names = Set.copyOf(names);
		this.elsewhere = Map.copyOf(elsewhere);
	}

	/**
	 * A form with these fields, each standing beside the request's property of the same
	 * name.
	 */
	public static FormFields of(String... names) {
		return new FormFields(Set.of(names), Map.of());
	}

	/**
	 * Where the form shows what the service says about {@code property} (and the
	 * properties within it).
	 */
	public FormFields besides(String property, String field) {
		Map<String, String> more = new LinkedHashMap<>(elsewhere);
		more.put(property, field);
		return new FormFields(names, more);
	}

	public boolean contains(String field) {
		return names.contains(field);
	}

	/**
	 * The form's field a refusal of this request property stands beside, if the form has
	 * one.
	 */
	public Optional<String> beside(String property) {
		if (property == null) {
			return Optional.empty();
		}
		String path = property.replaceAll("\\[\\d+]", "");
		String[] parts = path.split("\\.");
		for (String candidate : new String[] { path, oneWord(parts), elsewhere.get(path), parts[parts.length - 1] }) {
			if (candidate != null && names.contains(candidate)) {
				return Optional.of(candidate);
			}
		}
		for (int end = path.lastIndexOf('.'); end > 0; end = path.lastIndexOf('.', end - 1)) {
			String enclosing = path.substring(0, end);
			String field = names.contains(enclosing) ? enclosing : elsewhere.get(enclosing);
			if (field != null && names.contains(field)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

	/**
	 * The form's fields a refusal names; the properties the form has no field for are
	 * left out.
	 */
	public Set<String> named(Collection<String> properties) {
		return properties.stream().map(this::beside).flatMap(Optional::stream).collect(Collectors.toSet());
	}

	private static String oneWord(String[] parts) {
		StringBuilder word = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			if (!parts[i].isEmpty()) {
				word.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
			}
		}
		return word.toString();
	}

}
