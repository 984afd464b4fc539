package org.partnernetwork.portal.organisationadmin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Names;
import org.partnernetwork.portal.web.Pages;
import org.partnernetwork.portal.web.Person;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.NotFound;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.partnernetwork.portal.web.ServiceCall.Refused;
import org.partnernetwork.portal.web.Typed;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Adding or editing one part of the organisation's entry (a service, a location), as the
 * forms for each share it: only for the organisation's admin, checked here first, then
 * saved (the routes {@code path/new} and {@code path/{id}/edit} are here, the subclass
 * maps its path); an edit is saved at the version the form was opened on, and if someone
 * saved meanwhile (409) the form shows the current version with what was typed beside it.
 * Once saved, back to My organisation. Each part's controller keeps its own routes and
 * form.
 */
abstract class PartFormController<F extends PartForm> {

	private final EntryClient entries;

	private final DirectoryNames names;

	private final String part;

	private final String path;

	private final FormFields fields;

	private final Map<String, ?> choices;

	/**
	 * @param part what is saved, "service" or "location": its form's view, and the word
	 * My organisation says was saved
	 * @param path where the part's forms are: {@code path/new}, {@code path/{id}/edit}
	 * @param fields the form's fields, for the directory's refusals
	 * @param choices what the form's page offers to choose from, beside the form
	 */
	PartFormController(EntryClient entries, DirectoryNames names, String part, String path, FormFields fields,
			Map<String, ?> choices) {
		this.entries = entries;
		this.names = names;
		this.part = part;
		this.path = path;
		this.fields = fields;
		this.choices = choices;
	}

	@GetMapping("/new")
	Mono<Rendering> newPart(@ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		return newForm(blank(), person, new Caller(client, exchange), locale);
	}

	@GetMapping("/{id}/edit")
	Mono<Rendering> form(@PathVariable String id, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		return editForm(id, person, new Caller(client, exchange), locale);
	}

	@PostMapping("/new")
	Mono<Rendering> add(@ModelAttribute("form") F form, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		return saveNew(form, person, new Caller(client, exchange), locale);
	}

	@PostMapping("/{id}/edit")
	Mono<Rendering> change(@PathVariable String id, @ModelAttribute("form") F form,
			@ModelAttribute("person") Person person, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		return saveChange(id, form, person, new Caller(client, exchange), locale);
	}

	/** An empty form for a new part. */
	abstract F blank();

	/**
	 * The part with this id as the entry holds it now, as a form; empty when the entry
	 * has none.
	 */
	abstract Optional<F> current(Entry entry, UUID id);

	/** The fields the portal already knows to be wrong. */
	abstract Set<String> invalidFields(F form, Names shown, boolean editing);

	/** A new part ({@code id} null) or a change to one, sent to the directory. */
	abstract Mono<Outcome<Map<String, Object>>> send(String slug, UUID id, F form, Caller caller);

	private Mono<Rendering> newForm(F blank, Person person, Caller caller, Locale locale) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		return names.in(locale, caller).map(shown -> page(blank, null, Set.of(), null, shown, HttpStatus.OK).build());
	}

	private Mono<Rendering> editForm(String id, Person person, Caller caller, Locale locale) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		return current(person.organisation(), Typed.uuid(id), caller, locale, null, null, HttpStatus.OK);
	}

	private Mono<Rendering> saveNew(F form, Person person, Caller caller, Locale locale) {
		return save(null, form, person, caller, locale);
	}

	private Mono<Rendering> saveChange(String id, F form, Person person, Caller caller, Locale locale) {
		Optional<UUID> partId = Typed.uuid(id);
		if (partId.isEmpty()) {
			return Mono.just(Pages.notFound("admin.notFound"));
		}
		return save(partId.get(), form, person, caller, locale);
	}

	private Mono<Rendering> save(UUID id, F form, Person person, Caller caller, Locale locale) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		String slug = person.organisation();
		return names.in(locale, caller).flatMap(shown -> {
			Set<String> invalid = invalidFields(form, shown, id != null);
			if (!invalid.isEmpty()) {
				return Mono
					.just(page(form, id, invalid, AdminPages.problem(invalid), shown, HttpStatus.BAD_REQUEST).build());
			}
			return send(slug, id, form, caller).flatMap(outcome -> switch (outcome) {
				case Found<?> saved -> Mono.just(AdminPages.saved(part));
				case Refused<?> refused when refused.status() == 409 && id != null ->
					current(slug, Optional.of(id), caller, locale, form, "admin.refused.conflict", HttpStatus.CONFLICT);
				case Refused<?> refused -> {
					Set<String> beside = AdminPages.besideFields(refused, fields);
					yield Mono.just(page(form, id, beside, AdminPages.sentence(refused, beside), shown,
							HttpStatus.valueOf(refused.status()))
						.build());
				}
				case NotFound<?> notFound -> Mono.just(Pages.notFound("admin.notFound"));
				default ->
					Mono.just(page(form, id, Set.of(), "admin.unavailable.save", shown, HttpStatus.SERVICE_UNAVAILABLE)
						.build());
			});
		});
	}

	/**
	 * The form filled in with the part as the directory holds it now, and what was typed
	 * and not saved.
	 */
	private Mono<Rendering> current(String slug, Optional<UUID> id, Caller caller, Locale locale, F typed,
			String problem, HttpStatus status) {
		if (id.isEmpty()) {
			return Mono.just(Pages.notFound("admin.notFound"));
		}
		return Mono.zip(entries.entry(slug, caller), names.in(locale, caller)).map(answers -> switch (answers.getT1()) {
			case Found<Entry> found ->
				current(found.value(), id.get())
					.map(now -> page(now, id.get(), Set.of(), problem, answers.getT2(), status)
						.modelAttribute("unsaved",
								typed == null ? List.of() : Unsaved.between(typed.texts(), now.texts()))
						.build())
					.orElseGet(() -> Pages.notFound("admin.notFound"));
			case NotFound<Entry> notFound -> Pages.notFound("admin.notFound");
			case Refused<Entry> refused -> AdminPages.refused("admin.refused.forbidden");
			default -> Pages.unavailable("unavailable");
		});
	}

	private Rendering.Builder<?> page(F form, UUID id, Set<String> errors, String problem, Names shown,
			HttpStatus status) {
		return Rendering.view("portal/" + part + "-form")
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("action", path + (id == null ? "/new" : "/" + id + "/edit"))
			.modelAttribute("editing", id != null)
			.modelAttribute("errors", errors)
			.modelAttribute("problem", problem == null ? "" : problem)
			.modelAttribute("names", shown)
			.model(choices)
			.modelAttribute("unsaved", List.of());
	}

}
