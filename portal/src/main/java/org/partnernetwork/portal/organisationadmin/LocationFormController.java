package org.partnernetwork.portal.organisationadmin;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.Names;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import reactor.core.publisher.Mono;

/**
 * Adding a location, or editing one: names, province, address, and whether it is
 * confidential.
 */
@Controller
@RequestMapping(LocationFormController.PATH)
class LocationFormController extends PartFormController<LocationForm> {

	static final String PATH = AdminPages.MY_ORGANISATION + "/locations";

	private final EntryClient entries;

	LocationFormController(EntryClient entries, DirectoryNames names) {
		super(entries, names, "location", PATH, LocationForm.FIELDS, Map.of());
		this.entries = entries;
	}

	@Override
	LocationForm blank() {
		return LocationForm.blank();
	}

	@Override
	Optional<LocationForm> current(Entry entry, UUID id) {
		return entry.location(id).map(LocationForm::from);
	}

	@Override
	Set<String> invalidFields(LocationForm form, Names shown, boolean editing) {
		return form.invalidFields(editing);
	}

	@Override
	Mono<Outcome<Map<String, Object>>> send(String slug, UUID id, LocationForm form, Caller caller) {
		return entries.saveLocation(slug, id, form.request(id != null), caller);
	}

}
