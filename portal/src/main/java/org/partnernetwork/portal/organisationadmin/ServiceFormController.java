package org.partnernetwork.portal.organisationadmin;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.Names.ServiceType;
import org.partnernetwork.portal.web.Names;
import org.partnernetwork.portal.web.Person;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Adding a service, or editing one: type (named in the page's language), names,
 * description, eligibility, languages, provinces and capacity. An edit is saved at the
 * version the form was opened on.
 */
@Controller
class ServiceFormController extends PartFormController<ServiceForm> {

	private static final String PATH = AdminPages.MY_ORGANISATION + "/services";

	private static final String NEW = PATH + "/new";

	private static final String EDIT = PATH + "/{id}/edit";

	private final EntryClient entries;

	ServiceFormController(EntryClient entries, DirectoryNames names) {
		super(entries, names, "service", PATH, ServiceForm.FIELDS,
				Map.of("sexes", ServiceForm.SEXES, "capacities", ServiceForm.CAPACITIES));
		this.entries = entries;
	}

	@GetMapping(NEW)
	Mono<Rendering> blank(@ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		return newForm(ServiceForm.blank(), person, new Caller(client, exchange), locale);
	}

	@GetMapping(EDIT)
	Mono<Rendering> form(@PathVariable String id, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		return editForm(id, person, new Caller(client, exchange), locale);
	}

	@PostMapping(NEW)
	Mono<Rendering> add(@ModelAttribute("form") ServiceForm form, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		return saveNew(form, person, new Caller(client, exchange), locale);
	}

	@PostMapping(EDIT)
	Mono<Rendering> change(@PathVariable String id, @ModelAttribute("form") ServiceForm form,
			@ModelAttribute("person") Person person, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		return saveChange(id, form, person, new Caller(client, exchange), locale);
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
