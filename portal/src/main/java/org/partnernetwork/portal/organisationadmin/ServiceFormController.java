package org.partnernetwork.portal.organisationadmin;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.Names.ServiceType;
import org.partnernetwork.portal.web.Names;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import reactor.core.publisher.Mono;

/**
 * Adding a service, or editing one: type (named in the page's language), names,
 * description, eligibility, languages, provinces and capacity. An edit is saved at the
 * version the form was opened on.
 */
@Controller
@RequestMapping(ServiceFormController.PATH)
class ServiceFormController extends PartFormController<ServiceForm> {

	static final String PATH = AdminPages.MY_ORGANISATION + "/services";

	private final EntryClient entries;

	ServiceFormController(EntryClient entries, DirectoryNames names) {
		super(entries, names, "service", PATH, ServiceForm.FIELDS,
				Map.of("sexes", ServiceForm.SEXES, "capacities", ServiceForm.CAPACITIES));
		this.entries = entries;
	}

	@Override
	ServiceForm blank() {
		return ServiceForm.blank();
	}

	@Override
	Optional<ServiceForm> current(Entry entry, UUID id) {
		return entry.service(id).map(ServiceForm::from);
	}

	@Override
	Set<String> invalidFields(ServiceForm form, Names shown, boolean editing) {
		Set<String> types = shown.serviceTypes().stream().map(ServiceType::code).collect(Collectors.toSet());
		return form.invalidFields(types, editing);
	}

	@Override
	Mono<Outcome<Map<String, Object>>> send(String slug, UUID id, ServiceForm form, Caller caller) {
		return entries.saveService(slug, id, form.request(id != null), caller);
	}

}
