package org.partnernetwork.portal.organisationadmin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.partnernetwork.portal.directory.Directory.ServiceType;
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

/**
 * Adding a service, or editing one: type (named in the page's language), names, description, eligibility,
 * languages, provinces and capacity. An edit is saved at the version the form was opened on.
 */
@Controller
class ServiceFormController {

	private static final String NEW = AdminPages.MY_ORGANISATION + "/services/new";

	private static final String EDIT = AdminPages.MY_ORGANISATION + "/services/{id}/edit";

	private final EntryClient entries;

	private final ServiceTypeNames names;

	ServiceFormController(EntryClient entries, ServiceTypeNames names) {
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
			.map(shown -> page(ServiceForm.blank(), null, Set.of(), null, shown, HttpStatus.OK).build());
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
	Mono<Rendering> add(@ModelAttribute("form") ServiceForm form, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange, Locale locale) {
		return save(null, form, person, new Caller(client, exchange), locale);
	}

	@PostMapping(EDIT)
	Mono<Rendering> change(@PathVariable String id, @ModelAttribute("form") ServiceForm form,
			@ModelAttribute("person") Person person, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		Optional<UUID> serviceId = AdminPages.uuid(id);
		if (serviceId.isEmpty()) {
			return Mono.just(AdminPages.notFound());
		}
		return save(serviceId.get(), form, person, new Caller(client, exchange), locale);
	}

	private Mono<Rendering> save(UUID id, ServiceForm form, Person person, Caller caller, Locale locale) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		String slug = person.organisation();
		return names.in(locale, caller.client(), caller.exchange()).flatMap(shown -> {
			Set<String> types = shown.serviceTypes().stream().map(ServiceType::code).collect(Collectors.toSet());
			Set<String> invalid = form.invalidFields(types, id != null);
			if (!invalid.isEmpty()) {
				return Mono.just(page(form, id, invalid, AdminPages.problem(invalid), shown, HttpStatus.BAD_REQUEST).build());
			}
			return entries.saveService(slug, id, form.body(id != null), caller).flatMap(outcome -> switch (outcome) {
				case Found<?> saved -> Mono.just(AdminPages.saved("service"));
				case Refused<?> refused when refused.status() == 409 && id != null -> current(slug, Optional.of(id),
						caller, locale, form, "admin.refused.conflict", HttpStatus.CONFLICT);
				case Refused<?> refused -> {
					Set<String> fields = AdminPages.besideFields(refused, ServiceForm.FIELDS);
					yield Mono.just(page(form, id, fields, AdminPages.sentence(refused, fields), shown,
							HttpStatus.valueOf(refused.status())).build());
				}
				case NotFound<?> notFound -> Mono.just(AdminPages.notFound());
				default -> Mono.just(page(form, id, Set.of(), "admin.unavailable.save", shown,
						HttpStatus.SERVICE_UNAVAILABLE).build());
			});
		});
	}

	/** The form filled in with the service as the directory holds it now, and what was typed and not saved. */
	private Mono<Rendering> current(String slug, Optional<UUID> id, Caller caller, Locale locale, ServiceForm typed,
			String problem, HttpStatus status) {
		if (id.isEmpty()) {
			return Mono.just(AdminPages.notFound());
		}
		return Mono.zip(entries.entry(slug, caller), names.in(locale, caller.client(), caller.exchange()))
			.map(answers -> switch (answers.getT1()) {
				case Found<Entry> found -> found.value().service(id.get())
					.map(ServiceForm::from)
					.map(now -> page(now, id.get(), Set.of(), problem, answers.getT2(), status)
						.modelAttribute("unsaved", typed == null ? List.of() : Unsaved.between(typed.texts(), now.texts()))
						.build())
					.orElseGet(AdminPages::notFound);
				case NotFound<Entry> notFound -> AdminPages.notFound();
				case Refused<Entry> refused -> AdminPages.refused("admin.refused.forbidden");
				default -> AdminPages.unavailable();
			});
	}

	private static Rendering.Builder<?> page(ServiceForm form, UUID id, Set<String> errors, String problem, Names names,
			HttpStatus status) {
		return Rendering.view("portal/service-form").status(status).modelAttribute("form", form)
			.modelAttribute("action", id == null ? NEW : AdminPages.MY_ORGANISATION + "/services/" + id + "/edit")
			.modelAttribute("editing", id != null).modelAttribute("errors", errors)
			.modelAttribute("problem", problem == null ? "" : problem).modelAttribute("names", names)
			.modelAttribute("sexes", ServiceForm.SEXES).modelAttribute("capacities", ServiceForm.CAPACITIES)
			.modelAttribute("unsaved", List.of());
	}
}
