package org.partnernetwork.portal.organisationadmin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.partnernetwork.portal.organisationadmin.Entries.Contact;
import org.partnernetwork.portal.organisationadmin.Entries.Eligibility;
import org.partnernetwork.portal.web.Text;

/**
 * What the portal sends organisation-service to onboard an organisation or change its
 * entry, as its requests are written ({@code DirectoryInputs}): the same property names
 * and JSON types (whole numbers, true or false, codes), so that a refusal names a
 * property the form can stand beside. A field left empty is sent as null, never as "".
 */
final class EntryRequests {

	private EntryRequests() {
	}

	/** A new partner organisation, onboarded by the network admin. */
	record NewOrganisation(String slug, Text name, Text description, Contact contact) {
	}

	/** The organisation's own entry, at the version its admin last read. */
	record OrganisationChange(Text name, Text description, Contact contact, Long version) {
	}

	/** A service; a new one has no version. */
	record ServiceChange(String serviceType, Text name, Text description, Eligibility eligibility,
			List<String> languages, List<String> provinces, String capacityStatus,
			@JsonInclude(JsonInclude.Include.NON_NULL) Long version) {
	}

	/** A place the organisation works; a new one has no version. */
	record LocationChange(Text name, String province, String address, boolean confidential,
			@JsonInclude(JsonInclude.Include.NON_NULL) Long version) {
	}

}
