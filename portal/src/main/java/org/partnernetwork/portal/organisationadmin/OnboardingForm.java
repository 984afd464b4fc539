package org.partnernetwork.portal.organisationadmin;

import java.util.LinkedHashSet;
import java.util.Set;

import org.partnernetwork.portal.organisationadmin.EntryRequests.NewOrganisation;
import org.partnernetwork.portal.web.FormFields;

/**
 * A new partner organisation as the network admin enters it: the slug (its address in the
 * directory and its Keycloak organization's alias), names, description and contacts.
 */
public record OnboardingForm(String slug, String nameEn, String nameKm, String descriptionEn, String descriptionKm,
		String email, String phone, String website) {

	static final FormFields FIELDS = Fields.fields("slug", "nameEn", "nameKm", "descriptionEn", "descriptionKm",
			"email", "phone", "website");

	static OnboardingForm blank() {
		return new OnboardingForm(null, null, null, null, null, null, null, null);
	}

	Set<String> invalidFields() {
		Set<String> invalid = new LinkedHashSet<>();
		Fields.check(invalid, "slug", slug != null && slug.strip().matches(Fields.SLUG));
		Fields.checkEntry(invalid, nameEn, nameKm, descriptionEn, descriptionKm, email, phone, website);
		return invalid;
	}

	String cleanSlug() {
		return slug.strip();
	}

	/** organisation-service's {@code POST /api/organisations} request. */
	NewOrganisation request() {
		return new NewOrganisation(cleanSlug(), Fields.text(nameEn, nameKm), Fields.text(descriptionEn, descriptionKm),
				Fields.contact(email, phone, website));
	}
}
