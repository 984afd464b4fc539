package org.partnernetwork.portal.organisationadmin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.web.DirectoryNames;
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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * My organisation: the entry as the directory holds it, when it was last confirmed, a
 * button to confirm it is up to date, and per service a quick capacity change (the most
 * frequent daily task). Each change sends the browser back here with a short sentence
 * (POST-redirect-GET); a refused one shows the page with a sentence beside its form.
 */
@Controller
class MyOrganisationController {

	private static final ZoneId CAMBODIA = ZoneId.of("Asia/Phnom_Penh");

	private static final Set<String> SAVED = Set.of("confirmed", "capacity", "entry", "service", "location");

	private final EntryClient entries;

	private final DirectoryNames names;

	MyOrganisationController(EntryClient entries, DirectoryNames names) {
		this.entries = entries;
		this.names = names;
	}

	/**
	 * Which form on the page was refused ({@code confirm} or a service's id) and why, as
	 * a message key.
	 */
	record Refusal(String form, String sentence) {

		public boolean on(Object formName) {
			return form.equals(String.valueOf(formName));
		}
	}

	@GetMapping(AdminPages.MY_ORGANISATION)
	Mono<Rendering> page(@RequestParam(required = false) String saved, @ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		String said = saved != null && SAVED.contains(saved) ? saved : null;
		return page(person.organisation(), new Caller(client, exchange), locale, said, null, HttpStatus.OK);
	}

	@PostMapping(AdminPages.MY_ORGANISATION + "/confirm")
	Mono<Rendering> confirm(@ModelAttribute("person") Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		Caller caller = new Caller(client, exchange);
		return entries.confirm(person.organisation(), caller)
			.flatMap(outcome -> answer(outcome, "confirmed", "confirm", person.organisation(), caller, locale));
	}

	/**
	 * One service's capacity, the rest of it as the directory holds it, at the version
	 * the page showed.
	 */
	@PostMapping(AdminPages.MY_ORGANISATION + "/services/{id}/capacity")
	Mono<Rendering> capacity(@PathVariable String id, @ModelAttribute("form") CapacityForm form,
			@ModelAttribute("person") Person person, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		var reason = AdminPages.noOrganisationToKeep(person);
		if (reason.isPresent()) {
			return Mono.just(AdminPages.refused(reason.get()));
		}
		String slug = person.organisation();
		Caller caller = new Caller(client, exchange);
		var serviceId = Typed.uuid(id);
		if (serviceId.isEmpty()) {
			return Mono.just(Pages.notFound("admin.notFound"));
		}
		if (!form.valid()) {
			return page(slug, caller, locale, null, new Refusal(id, "myOrganisation.capacity.choose"),
					HttpStatus.BAD_REQUEST);
		}
		return entries.entry(slug, caller).flatMap(outcome -> switch (outcome) {
			case Found<Entry> found -> found.value()
				.service(serviceId.get())
				.map(service -> entries.saveService(slug, serviceId.get(),
						ServiceForm.withCapacity(service, form.capacityStatus(), form.version()).request(true), caller)
					.flatMap(saved -> answer(saved, "capacity", id, slug, caller, locale)))
				.orElseGet(() -> Mono.just(Pages.notFound("admin.notFound")));
			case NotFound<Entry> notFound -> Mono.just(Pages.notFound("admin.notFound"));
			case Refused<Entry> refused -> Mono.just(AdminPages.refused("admin.refused.forbidden"));
			default -> Mono.just(Pages.unavailable("unavailable"));
		});
	}

	private Mono<Rendering> answer(Outcome<?> outcome, String saved, String form, String slug, Caller caller,
			Locale locale) {
		return switch (outcome) {
			case Found<?> done -> Mono.just(AdminPages.saved(saved));
			case Refused<?> refused -> page(
					slug, caller, locale, null, new Refusal(form, refused.status() == 409
							? "myOrganisation.refused.conflict" : AdminPages.sentence(refused, Set.of())),
					HttpStatus.valueOf(refused.status()));
			case NotFound<?> notFound -> Mono.just(Pages.notFound("admin.notFound"));
			default -> Mono.just(Pages.unavailable("unavailable"));
		};
	}

	private Mono<Rendering> page(String slug, Caller caller, Locale locale, String saved, Refusal refusal,
			HttpStatus status) {
		return Mono.zip(entries.entry(slug, caller), names.in(locale, caller)).map(answers -> switch (answers.getT1()) {
			case Found<Entry> found -> Rendering.view("portal/my-organisation")
				.status(status)
				.modelAttribute("entry", found.value())
				.modelAttribute("names", answers.getT2())
				.modelAttribute("saved", saved == null ? "" : saved)
				.modelAttribute("refusal", refusal == null ? new Refusal("", "") : refusal)
				.modelAttribute("confirmedDaysAgo", daysAgo(found.value()))
				.build();
			case NotFound<Entry> notFound -> Pages.notFound("admin.notFound");
			case Refused<Entry> refused -> AdminPages.refused("admin.refused.forbidden");
			default -> Pages.unavailable("unavailable");
		});
	}

	/**
	 * Whole days since the entry was last confirmed, in Phnom Penh; -1 when it never was.
	 */
	private static long daysAgo(Entry entry) {
		if (entry.lastVerifiedAt() == null) {
			return -1;
		}
		return ChronoUnit.DAYS.between(entry.lastVerifiedAt().atZone(CAMBODIA).toLocalDate(), LocalDate.now(CAMBODIA));
	}

}
