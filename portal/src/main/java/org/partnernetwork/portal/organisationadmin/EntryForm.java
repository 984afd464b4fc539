package org.partnernetwork.portal.organisationadmin;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.partnernetwork.portal.organisationadmin.Entries.Contact;
import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.organisationadmin.EntryRequests.OrganisationChange;
import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Text;

/**
 * The organisation's entry as its admin edits it: names and descriptions in English and
 * Khmer, contacts, and the version the admin started from (a change made meanwhile by
 * someone else is then refused, nothing lost).
 */
public record EntryForm(String nameEn, String nameKm, String descriptionEn, String descriptionKm, String email,
		String phone, String website, String version) {

	static final FormFields FIELDS = Fields.fields("nameEn", "nameKm", "descriptionEn", "descriptionKm", "email",
			"phone", "website");

	static EntryForm from(Entry entry) {
		Text name = entry.name() == null ? new Text(null, null) : entry.name();
		Text description = entry.description() == null ? new Text(null, null) : entry.description();
		Contact contact = entry.contact() == null ? new Contact(null, null, null) : entry.contact();
		return new EntryForm(name.en(), name.km(), description.en(), description.km(), contact.email(), contact.phone(),
				contact.website(), String.valueOf(entry.version()));
	}

	/**
	 * The fields the portal already knows to be wrong; a version that is not a number is
	 * "other".
	 */
	Set<String> invalidFields() {
		Set<String> invalid = new LinkedHashSet<>();
		Fields.checkEntry(invalid, nameEn, nameKm, descriptionEn, descriptionKm, email, phone, website);
		Fields.checkVersion(invalid, true, version);
		return invalid;
	}

	/** The texts as typed, for showing what was not saved after a conflict. */
	Map<String, String> texts() {
		Map<String, String> texts = Fields.texts(nameEn, nameKm, descriptionEn, descriptionKm);
		texts.put("email", email);
		texts.put("phone", phone);
		texts.put("website", website);
		return texts;
	}

	/** organisation-service's {@code PUT /api/organisations/{slug}} request. */
	OrganisationChange request() {
		return new OrganisationChange(Fields.text(nameEn, nameKm), Fields.text(descriptionEn, descriptionKm),
				Fields.contact(email, phone, website), Fields.version(version));
	}
}
