package org.partnernetwork.portal.organisationadmin;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.web.DirectoryNames;
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
 * Adding a location, or editing one: names, province, address, and whether it is
 * confidential.
 */
@Controller
class LocationFormController extends PartFormController<LocationForm> {

	private static final String PATH = AdminPages.MY_ORGANISATION + "/locations";

	private static final String NEW = PATH + "/new";

	private static final String EDIT = PATH + "/{id}/edit";

	private final EntryClient entries;

	LocationFormController(EntryClient entries, DirectoryNames names) {
		super(entries, names, "location", PATH, LocationForm.FIELDS, Map.of());
		this.entries = entries;
	}

	@GetMapping(NEW)
	Mono<Rendering> blank(@ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		return newForm(LocationForm.blank(), person, new Caller(client, exchange), locale);
	}

	@GetMapping(EDIT)
	Mono<Rendering> form(@PathVariable String id, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		return editForm(id, person, new Caller(client, exchange), locale);
	}

	@PostMapping(NEW)
	Mono<Rendering> add(@ModelAttribute("form") LocationForm form, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		return saveNew(form, person, new Caller(client, exchange), locale);
	}

	@PostMapping(EDIT)
	Mono<Rendering> change(@PathVariable String id, @ModelAttribute("form") LocationForm form,
			@ModelAttribute("person") Person person, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		return saveChange(id, form, person, new Caller(client, exchange), locale);
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
