package org.partnernetwork.portal.training;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.training.Training.Opening;
import org.partnernetwork.portal.web.Pages;
import org.partnernetwork.portal.web.Person;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.NotFound;
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
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * A centre's staff posting an opening, or editing one of their centre's own: every field,
 * checked here where that is cheap, then by vocational-service. Done: the opening's page
 * (POST-redirect-GET). Edited meanwhile by someone else (409): the current opening, said
 * in a sentence. Another centre's opening is not found.
 */
@Controller
class OpeningFormController {

	private final TrainingClient training;

	OpeningFormController(TrainingClient training) {
		this.training = training;
	}

	@GetMapping("/training/openings/new")
	Rendering blank(@ModelAttribute(name = "person", binding = false) Person person, Locale locale) {
		if (!person.has(TrainingPages.CENTRE_STAFF)) {
			return Pages.notFound("training.opening.staffOnly");
		}
		return page(OpeningForm.blank(), null, Set.of(), null, locale).build();
	}

	@PostMapping("/training/openings/new")
	Mono<Rendering> post(@ModelAttribute OpeningForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Set<String> invalid = form.invalidFields(true);
		if (!invalid.isEmpty()) {
			return Mono.just(
					page(form, null, invalid, "training.form.problem", locale).status(HttpStatus.BAD_REQUEST).build());
		}
		return training.post(form.request(true), new Caller(client, exchange)).map(outcome -> switch (outcome) {
			case Found<Opening> posted -> Rendering.redirectTo("/training/openings/" + posted.value().id()).build();
			case Refused<Opening> refused -> refused(form, null, refused, locale);
			default ->
				page(form, null, Set.of(), "training.unavailable.text", locale).status(HttpStatus.SERVICE_UNAVAILABLE)
					.build();
		});
	}

	@GetMapping("/training/openings/{id}/edit")
	Mono<Rendering> edit(@PathVariable String id, @ModelAttribute(name = "person", binding = false) Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		var uuid = Typed.uuid(id);
		if (uuid.isEmpty()) {
			return Mono.just(Pages.notFound("training.opening.notFound"));
		}
		return training.opening(uuid.get(), new Caller(client, exchange)).map(outcome -> switch (outcome) {
			case Found<Opening> found when !ours(found.value(), person) -> Pages.notFound("training.opening.notFound");
			case Found<Opening> found when !found.value().open() ->
				Rendering.redirectTo("/training/openings/" + uuid.get()).build();
			case Found<Opening> found ->
				page(OpeningForm.of(found.value()), uuid.get(), Set.of(), null, locale).build();
			case NotFound<Opening> notFound -> Pages.notFound("training.opening.notFound");
			default -> Pages.unavailable("training.unavailable");
		});
	}

	@PostMapping("/training/openings/{id}/edit")
	Mono<Rendering> save(@PathVariable String id, @ModelAttribute OpeningForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		var uuid = Typed.uuid(id);
		if (uuid.isEmpty() || !form.hasVersion()) {
			return Mono.just(Pages.notFound("training.opening.notFound"));
		}
		Set<String> invalid = form.invalidFields(false);
		if (!invalid.isEmpty()) {
			return Mono
				.just(page(form, uuid.get(), invalid, "training.form.problem", locale).status(HttpStatus.BAD_REQUEST)
					.build());
		}
		Caller caller = new Caller(client, exchange);
		return training.edit(uuid.get(), form.request(false), caller).flatMap(outcome -> switch (outcome) {
			case Found<Opening> saved -> Mono.just(Rendering.redirectTo("/training/openings/" + uuid.get()).build());
			case Refused<Opening> refused when refused.status() == 409 -> conflict(form, uuid.get(), caller, locale);
			case Refused<Opening> refused -> Mono.just(refused(form, uuid.get(), refused, locale));
			case NotFound<Opening> notFound -> Mono.just(Pages.notFound("training.opening.notFound"));
			default -> Mono.just(page(form, uuid.get(), Set.of(), "training.unavailable.text", locale)
				.status(HttpStatus.SERVICE_UNAVAILABLE)
				.build());
		});
	}

	/**
	 * Why an edit was refused with 409, read from the opening as it is now: closed,
	 * changed by someone, or seats taken.
	 */
	private Mono<Rendering> conflict(OpeningForm form, UUID id, Caller caller, Locale locale) {
		return training.opening(id, caller).map(outcome -> {
			if (!(outcome instanceof Found<Opening> found)) {
				return Pages.unavailable("training.unavailable");
			}
			Opening current = found.value();
			if (!current.open()) {
				return Rendering.redirectTo("/training/openings/" + id).build();
			}
			if (!String.valueOf(current.version()).equals(form.version())) {
				return page(OpeningForm.of(current), id, Set.of(), "training.opening.refused.changed", locale)
					.status(HttpStatus.CONFLICT)
					.build();
			}
			return page(form, id, Set.of("seats"), "training.form.problem", locale)
				.modelAttribute("seatsTaken", current.seatsTaken())
				.status(HttpStatus.CONFLICT)
				.build();
		});
	}

	private static Rendering refused(OpeningForm form, UUID id, Refused<?> refused, Locale locale) {
		Set<String> fields = OpeningForm.FIELDS.named(refused.fields());
		String sentence = switch (refused.status()) {
			case 403 -> "training.opening.refused.forbidden";
			case 422 -> "training.opening.refused.centre";
			default -> fields.isEmpty() ? "training.form.refused" : "training.form.problem";
		};
		return page(form, id, fields, sentence, locale).status(HttpStatus.valueOf(refused.status())).build();
	}

	private static boolean ours(Opening opening, Person person) {
		return person.has(TrainingPages.CENTRE_STAFF) && opening.centre().equals(person.organisation());
	}

	private static Rendering.Builder<?> page(OpeningForm form, UUID id, Set<String> errors, String problem,
			Locale locale) {
		var page = Rendering.view("portal/opening-form")
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("names", new TrainingNames(locale))
			.modelAttribute("action", id == null ? "/training/openings/new" : "/training/openings/" + id + "/edit");
		if (id != null) {
			page.modelAttribute("openingId", id);
		}
		return problem == null ? page : page.modelAttribute("problem", problem);
	}

}
