package org.partnernetwork.portal.organisationadmin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.directory.Names;
import org.partnernetwork.portal.directory.ServiceTypeNames;
import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.web.Person;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.NotFound;
import org.partnernetwork.portal.web.ServiceCall.Refused;
import org.springframework.http.HttpStatus;
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

/** Adding a location, or editing one: names, province, address, and whether it is confidential. */
@Controller
class LocationFormController {

	private static final String NEW = AdminPages.MY_ORGANISATION + "/locations/new";

	private static final String EDIT = AdminPages.MY_ORGANISATION + "/locations/{id}/edit";

	private final EntryClient entries;

	private final ServiceTypeNames names;

	LocationFormController(EntryClient entries, ServiceTypeNames names) {
		this.entries = entries;
		this.names = names;
	}

	@GetMapping(NEW)
	Mono<Rendering> blank(@ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange, Locale locale) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		return names.in(locale, client, exchange)
			.map(shown -> page(LocationForm.blank(), null, Set.of(), null, shown, HttpStatus.OK).build());
	}

	@GetMapping(EDIT)
	Mono<Rendering> form(@PathVariable String id, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange, Locale locale) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		return current(person.organisation(), AdminPages.uuid(id), new Caller(client, exchange), locale, null,
				null, HttpStatus.OK);
	}

	@PostMapping(NEW)
	Mono<Rendering> add(@ModelAttribute("form") LocationForm form, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange, Locale locale) {
		return save(null, form, person, new Caller(client, exchange), locale);
	}

	@PostMapping(EDIT)
	Mono<Rendering> change(@PathVariable String id, @ModelAttribute("form") LocationForm form,
			@ModelAttribute("person") Person person, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		Optional<UUID> locationId = AdminPages.uuid(id);
		if (locationId.isEmpty()) {
			return Mono.just(AdminPages.notFound());
		}
		return save(locationId.get(), form, person, new Caller(client, exchange), locale);
	}

	private Mono<Rendering> save(UUID id, LocationForm form, Person person, Caller caller, Locale locale) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		String slug = person.organisation();
		return names.in(locale, caller.client(), caller.exchange()).flatMap(shown -> {
			Set<String> invalid = form.invalidFields(id != null);
			if (!invalid.isEmpty()) {
				return Mono.just(page(form, id, invalid, AdminPages.problem(invalid), shown, HttpStatus.BAD_REQUEST).build());
			}
			return entries.saveLocation(slug, id, form.body(id != null), caller).flatMap(outcome -> switch (outcome) {
				case Found<?> saved -> Mono.just(AdminPages.saved("location"));
				case Refused<?> refused when refused.status() == 409 && id != null -> current(slug, Optional.of(id),
						caller, locale, form, "admin.refused.conflict", HttpStatus.CONFLICT);
				case Refused<?> refused -> {
					Set<String> fields = AdminPages.besideFields(refused, LocationForm.FIELDS);
					yield Mono.just(page(form, id, fields, AdminPages.sentence(refused, fields), shown,
							HttpStatus.valueOf(refused.status())).build());
				}
				case NotFound<?> notFound -> Mono.just(AdminPages.notFound());
				default -> Mono.just(page(form, id, Set.of(), "admin.unavailable.save", shown,
						HttpStatus.SERVICE_UNAVAILABLE).build());
			});
		});
	}

	/** The form filled in with the location as the directory holds it now, and what was typed and not saved. */
	private Mono<Rendering> current(String slug, Optional<UUID> id, Caller caller, Locale locale, LocationForm typed,
			String problem, HttpStatus status) {
		if (id.isEmpty()) {
			return Mono.just(AdminPages.notFound());
		}
		return Mono.zip(entries.entry(slug, caller), names.in(locale, caller.client(), caller.exchange()))
			.map(answers -> switch (answers.getT1()) {
				case Found<Entry> found -> found.value().location(id.get())
					.map(LocationForm::from)
					.map(now -> page(now, id.get(), Set.of(), problem, answers.getT2(), status)
						.modelAttribute("unsaved", typed == null ? List.of() : Unsaved.between(typed.texts(), now.texts()))
						.build())
					.orElseGet(AdminPages::notFound);
				case NotFound<Entry> notFound -> AdminPages.notFound();
				case Refused<Entry> refused -> AdminPages.refused("admin.refused.forbidden");
				default -> AdminPages.unavailable();
			});
	}

	private static Rendering.Builder<?> page(LocationForm form, UUID id, Set<String> errors, String problem, Names names,
			HttpStatus status) {
		return Rendering.view("portal/location-form").status(status).modelAttribute("form", form)
			.modelAttribute("action", id == null ? NEW : AdminPages.MY_ORGANISATION + "/locations/" + id + "/edit")
			.modelAttribute("editing", id != null).modelAttribute("errors", errors)
			.modelAttribute("problem", problem == null ? "" : problem).modelAttribute("names", names)
			.modelAttribute("unsaved", List.of());
	}
}
