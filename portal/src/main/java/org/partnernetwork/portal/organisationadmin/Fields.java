package org.partnernetwork.portal.organisationadmin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.partnernetwork.portal.organisationadmin.Entries.Contact;
import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Text;

/**
 * The checks the portal makes before calling the directory, the same the directory makes
 * (so a person hears at once), and the parts of a request that several forms share. A
 * field left empty is sent as null, never as "".
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

	/**
	 * Name (English required), description, contact: as the entry form and onboarding
	 * take them.
	 */
	static void checkEntry(Set<String> invalid, String nameEn, String nameKm, String descriptionEn,
			String descriptionKm, String email, String phone, String website) {
		checkNames(invalid, nameEn, nameKm);
		checkDescriptions(invalid, descriptionEn, descriptionKm);
		check(invalid, "email", !present(email)
				|| email.strip().length() <= NAME && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));
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

	/**
	 * An edit carries the version it started from; one that is not a number is "other". A
	 * new part has none.
	 */
	static void checkVersion(Set<String> invalid, boolean editing, String version) {
		check(invalid, "other", !editing || version(version) != null);
	}

	/**
	 * The names as typed, first of a form's texts (for showing what was not saved); the
	 * form adds its others.
	 */
	static Map<String, String> texts(String nameEn, String nameKm) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("nameEn", nameEn);
		texts.put("nameKm", nameKm);
		return texts;
	}

	/**
	 * The names and then the descriptions as typed, first of a form's texts; the form
	 * adds its others.
	 */
	static Map<String, String> texts(String nameEn, String nameKm, String descriptionEn, String descriptionKm) {
		Map<String, String> texts = texts(nameEn, nameKm);
		texts.put("descriptionEn", descriptionEn);
		texts.put("descriptionKm", descriptionKm);
		return texts;
	}

	static Text text(String en, String km) {
		return new Text(value(en), value(km));
	}

	static Contact contact(String email, String phone, String website) {
		return new Contact(value(email), value(phone), value(website));
	}

	/** An edit's version as the form carried it; null when it is not a number. */
	static Long version(String typed) {
		return typed != null && typed.matches("\\d{1,18}") ? Long.valueOf(typed) : null;
	}

	/**
	 * A form's fields, as the directory's refusals name them: a name or description by
	 * its language ({@code name.en} → {@code nameEn}), a contact or eligibility by its
	 * part ({@code contact.email} → {@code email}), a whole name beside the English one,
	 * and the age range beside the oldest age.
	 */
	static FormFields fields(String... names) {
		return FormFields.of(names).besides("name", "nameEn").besides("eligibility", "maxAge");
	}

}
