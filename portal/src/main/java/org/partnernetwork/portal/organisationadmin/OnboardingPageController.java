package org.partnernetwork.portal.organisationadmin;

import java.util.Set;

import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.web.Pages;
import org.partnernetwork.portal.web.Person;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.NotFound;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
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
 * The network admin onboards a partner organisation: organisation-service makes its
 * Keycloak organization and its directory entry together, or neither. Then a page says
 * what was made and what comes next, with the organisation's status and a button to
 * suspend (or reactivate) it.
 */
@Controller
class OnboardingPageController {

	private static final String PATH = "/onboarding";

	private final EntryClient entries;

	OnboardingPageController(EntryClient entries) {
		this.entries = entries;
	}

	@GetMapping(PATH)
	Mono<Rendering> form(@ModelAttribute("person") Person person) {
		return Mono.just(AdminPages.mayNotOnboard(person)
			.map(AdminPages::refused)
			.orElseGet(() -> page(OnboardingForm.blank(), Set.of(), null, HttpStatus.OK)));
	}

	@PostMapping(PATH)
	Mono<Rendering> onboard(@ModelAttribute("form") OnboardingForm form, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		var reason = AdminPages.mayNotOnboard(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		Set<String> invalid = form.invalidFields();
		if (!invalid.isEmpty()) {
			return Mono.just(page(form, invalid, AdminPages.problem(invalid), HttpStatus.BAD_REQUEST));
		}
		return entries.onboard(form.request(), new Caller(client, exchange)).map(outcome -> switch (outcome) {
			case Found<Entry> created -> Rendering.redirectTo(PATH + "/" + created.value().slug()).build();
			case Refused<Entry> refused when refused.status() == 409 ->
				page(form, Set.of("slug"), "onboarding.refused.slugTaken", HttpStatus.CONFLICT);
			case Refused<Entry> refused -> {
				Set<String> fields = AdminPages.besideFields(refused, OnboardingForm.FIELDS);
				yield page(form, fields, AdminPages.sentence(refused, fields), HttpStatus.valueOf(refused.status()));
			}
			default -> page(form, Set.of(), "onboarding.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
		});
	}

	/**
	 * What onboarding made, with the organisation's status as the directory holds it now.
	 */
	@GetMapping(PATH + "/{slug:" + Fields.SLUG + "}")
	Mono<Rendering> onboarded(@PathVariable String slug, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		var reason = AdminPages.mayNotOnboard(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		return entries.entry(slug, new Caller(client, exchange)).map(outcome -> onboarded(outcome, null));
	}

	@PostMapping(PATH + "/{slug:" + Fields.SLUG + "}/{action:suspend|reactivate}")
	Mono<Rendering> setStatus(@PathVariable String slug, @PathVariable String action,
			@ModelAttribute("person") Person person, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange) {
		var reason = AdminPages.mayNotOnboard(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		Caller caller = new Caller(client, exchange);
		return entries.setStatus(slug, action, caller).flatMap(outcome -> switch (outcome) {
			case Found<Entry> done -> Mono.just(Rendering.redirectTo(PATH + "/" + slug).build());
			case Refused<Entry> refused ->
				entries.entry(slug, caller).map(current -> onboarded(current, AdminPages.sentence(refused, Set.of())));
			default -> Mono.just(onboarded(outcome, null));
		});
	}

	private static Rendering onboarded(Outcome<Entry> outcome, String problem) {
		return switch (outcome) {
			case Found<Entry> found -> Rendering.view("portal/onboarding-done")
				.status(problem == null ? HttpStatus.OK : HttpStatus.FORBIDDEN)
				.modelAttribute("entry", found.value())
				.modelAttribute("problem", problem == null ? "" : problem)
				.build();
			case NotFound<Entry> notFound -> Pages.notFound("admin.notFound");
			case Refused<Entry> refused -> AdminPages.refused("admin.refused.forbidden");
			default -> Pages.unavailable("unavailable");
		};
	}

	private static Rendering page(OnboardingForm form, Set<String> errors, String problem, HttpStatus status) {
		return Rendering.view("portal/onboarding")
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("problem", problem == null ? "" : problem)
			.build();
	}

}
