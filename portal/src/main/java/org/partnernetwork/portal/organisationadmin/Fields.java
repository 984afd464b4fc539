package org.partnernetwork.portal.organisationadmin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The checks the portal makes before calling the directory, the same the directory makes (so a person hears
 * at once), and the parts of a body that several forms share. A field left empty is sent as null, never as "".
 */
final class Fields {

	static final String PROVINCE = "KH-([1-9]|1[0-9]|2[0-5])";

	static final String SLUG = "[a-z0-9][a-z0-9-]{1,58}[a-z0-9]";

	static final int NAME = 200;

	static final int LONG_TEXT = 2000;

	private Fields() {
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** The value as it is sent: trimmed, or null when empty. */
	static String value(String typed) {
		return present(typed) ? typed.strip() : null;
	}

	static boolean within(String typed, int max) {
		return typed == null || typed.strip().length() <= max;
	}

	static void check(Set<String> invalid, String field, boolean valid) {
		if (!valid) {
			invalid.add(field);
		}
	}

	/** Name (English required), description, contact: as the entry form and onboarding take them. */
	static void checkEntry(Set<String> invalid, String nameEn, String nameKm, String descriptionEn,
			String descriptionKm, String email, String phone, String website) {
		checkNames(invalid, nameEn, nameKm);
		checkDescriptions(invalid, descriptionEn, descriptionKm);
		check(invalid, "email", !present(email) || email.strip().length() <= NAME
				&& email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));
		check(invalid, "phone", !present(phone) || phone.strip().matches("\\+?[0-9 ()-]{6,30}"));
		check(invalid, "website", !present(website) || website.strip().matches("https?://\\S{3,290}"));
	}

	/** The name in English (required) and in Khmer. */
	static void checkNames(Set<String> invalid, String nameEn, String nameKm) {
		check(invalid, "nameEn", present(nameEn) && within(nameEn, NAME));
		check(invalid, "nameKm", within(nameKm, NAME));
	}

	static void checkDescriptions(Set<String> invalid, String descriptionEn, String descriptionKm) {
		check(invalid, "descriptionEn", within(descriptionEn, LONG_TEXT));
		check(invalid, "descriptionKm", within(descriptionKm, LONG_TEXT));
	}

	/** An edit carries the version it started from; one that is not a number is "other". A new part has none. */
	static void checkVersion(Set<String> invalid, boolean editing, String version) {
		check(invalid, "other", !editing || version(version) != null);
	}

	/** The names as typed, first of a form's texts (for showing what was not saved); the form adds its others. */
	static Map<String, String> texts(String nameEn, String nameKm) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("nameEn", nameEn);
		texts.put("nameKm", nameKm);
		return texts;
	}

	/** The names and then the descriptions as typed, first of a form's texts; the form adds its others. */
	static Map<String, String> texts(String nameEn, String nameKm, String descriptionEn, String descriptionKm) {
		Map<String, String> texts = texts(nameEn, nameKm);
		texts.put("descriptionEn", descriptionEn);
		texts.put("descriptionKm", descriptionKm);
		return texts;
	}

	static Map<String, Object> text(String en, String km) {
		Map<String, Object> text = new LinkedHashMap<>();
		text.put("en", value(en));
		text.put("km", value(km));
		return text;
	}

	static Map<String, Object> contact(String email, String phone, String website) {
		Map<String, Object> contact = new LinkedHashMap<>();
		contact.put("email", value(email));
		contact.put("phone", value(phone));
		contact.put("website", value(website));
		return contact;
	}

	/** An edit's version as the form carried it; null when it is not a number. */
	static Long version(String typed) {
		return typed != null && typed.matches("\\d{1,18}") ? Long.valueOf(typed) : null;
	}

	/** Khmer digits (០–៩) typed on a Khmer keyboard count as digits. */
	static String westernDigits(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder(text.length());
		text.strip().codePoints().map(c -> c >= 0x17E0 && c <= 0x17E9 ? '0' + c - 0x17E0 : c)
			.forEach(digits::appendCodePoint);
		return digits.toString();
	}

	/**
	 * The directory's name for a field ({@code name.en}, {@code contact.email}, {@code provinces[2]},
	 * {@code eligibility.ageRangeOrdered}) as the form's; one the form does not have is "other".
	 */
	static String formField(String field, Set<String> formFields) {
		String plain = field.replaceAll("\\[\\d+]", "");
		String mapped = switch (plain) {
			case "name.en", "name" -> "nameEn";
			case "name.km" -> "nameKm";
			case "description.en" -> "descriptionEn";
			case "description.km" -> "descriptionKm";
			case "eligibility.ageRangeOrdered", "eligibility" -> "maxAge";
			default -> plain.contains(".") ? plain.substring(plain.lastIndexOf('.') + 1) : plain;
		};
		return formFields.contains(mapped) ? mapped : "other";
	}
}
