package org.partnernetwork.portal.organisationadmin;

import java.util.List;
import java.util.Set;

import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.web.Pages;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Editing the organisation's entry: names, description, contacts. Checked here first,
 * then saved at the version the form was opened on; if someone saved meanwhile, the form
 * shows the current version and says so.
 */
@Controller
class EntryFormController {

	private static final String PATH = AdminPages.MY_ORGANISATION + "/edit";

	private final EntryClient entries;

	EntryFormController(EntryClient entries) {
		this.entries = entries;
	}

	@GetMapping(PATH)
	Mono<Rendering> form(@ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		return current(person.organisation(), new Caller(client, exchange), null, null, HttpStatus.OK);
	}

	@PostMapping(PATH)
	Mono<Rendering> save(@ModelAttribute("form") EntryForm form, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		String slug = person.organisation();
		Caller caller = new Caller(client, exchange);
		Set<String> invalid = form.invalidFields();
		if (!invalid.isEmpty()) {
			return Mono.just(page(form, invalid, AdminPages.problem(invalid), HttpStatus.BAD_REQUEST).build());
		}
		return entries.change(slug, form.request(), caller).flatMap(outcome -> switch (outcome) {
			case Found<Entry> saved -> Mono.just(AdminPages.saved("entry"));
			case Refused<Entry> refused when refused.status() == 409 ->
				current(slug, caller, form, "admin.refused.conflict", HttpStatus.CONFLICT);
			case Refused<Entry> refused -> {
				Set<String> fields = AdminPages.besideFields(refused, EntryForm.FIELDS);
				yield Mono
					.just(page(form, fields, AdminPages.sentence(refused, fields), HttpStatus.valueOf(refused.status()))
						.build());
			}
			case NotFound<Entry> notFound -> Mono.just(Pages.notFound("admin.notFound"));
			default ->
				Mono.just(page(form, Set.of(), "admin.unavailable.save", HttpStatus.SERVICE_UNAVAILABLE).build());
		});
	}

	/**
	 * The form filled in with the entry as the directory holds it now, and what was typed
	 * and not saved.
	 */
	private Mono<Rendering> current(String slug, Caller caller, EntryForm typed, String problem, HttpStatus status) {
		return entries.entry(slug, caller).map(outcome -> switch (outcome) {
			case Found<Entry> found -> {
				EntryForm now = EntryForm.from(found.value());
				yield page(now, Set.of(), problem, status)
					.modelAttribute("unsaved", typed == null ? List.of() : Unsaved.between(typed.texts(), now.texts()))
					.build();
			}
			case NotFound<Entry> notFound -> Pages.notFound("admin.notFound");
			case Refused<Entry> refused -> AdminPages.refused("admin.refused.forbidden");
			default -> Pages.unavailable("unavailable");
		});
	}

	private static Rendering.Builder<?> page(EntryForm form, Set<String> errors, String problem, HttpStatus status) {
		return Rendering.view("portal/organisation-form")
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("problem", problem == null ? "" : problem)
			.modelAttribute("unsaved", List.of());
	}

}
