package org.partnernetwork.portal.training;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.partnernetwork.portal.training.Training.Opening;
import org.partnernetwork.portal.training.Training.Placement;
import org.partnernetwork.portal.training.Training.Referral;
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
 * One opening: its terms; for a coordinator, "Request a seat" (started from a referral
 * with {@code ?referral=}, sent once under the form's {@code Idempotency-Key}, then the
 * new placement's page); for its centre's staff, editing and closing it. What the opening
 * does not take (age, sex, deadline) is said beside the field.
 */
@Controller
class OpeningPageController {

	private final TrainingClient training;

	private final ReferralLookup referrals;

	private final TrainingDirectory directory;

	OpeningPageController(TrainingClient training, ReferralLookup referrals, TrainingDirectory directory) {
		this.training = training;
		this.referrals = referrals;
		this.directory = directory;
	}

	/**
	 * What the request form shows: as typed, what is wrong with it, what the opening does
	 * not take, and a sentence.
	 */
	record Shown(SeatRequestForm form, Set<String> errors, Set<String> misfits, String problem) {

		static Shown of(SeatRequestForm form) {
			return new Shown(form, Set.of(), Set.of(), null);
		}
	}

	@GetMapping("/training/openings/{id}")
	Mono<Rendering> opening(@PathVariable String id, @RequestParam(required = false) String referral,
			@ModelAttribute(name = "person", binding = false) Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Caller caller = new Caller(client, exchange);
		var referralId = Typed.uuid(referral);
		if (referralId.isEmpty() || !(person.has("coordinator") || person.has("supervisor"))) {
			return page(id, caller, locale, Shown.of(SeatRequestForm.blank(newKey())), HttpStatus.OK);
		}
		return referrals.referral(referralId.get(), caller)
			.flatMap(outcome -> page(id, caller, locale, switch (outcome) {
				case Found<Referral> found -> Shown.of(SeatRequestForm.from(found.value(), newKey()));
				case NotFound<Referral> notFound -> new Shown(SeatRequestForm.blank(newKey()), Set.of(), Set.of(),
						"training.request.referral.notFound");
				default -> new Shown(SeatRequestForm.blank(newKey()), Set.of(), Set.of(),
						"training.request.referral.unavailable");
			}, HttpStatus.OK));
	}

	@PostMapping("/training/openings/{id}/request")
	Mono<Rendering> request(@PathVariable String id, @ModelAttribute SeatRequestForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Caller caller = new Caller(client, exchange);
		var uuid = Typed.uuid(id);
		if (uuid.isEmpty()) {
			return Mono.just(Pages.notFound("training.opening.notFound"));
		}
		if (!form.keyed()) {
			return page(id, caller, locale,
					new Shown(form.withKey(newKey()), Set.of(), Set.of(), "training.form.refused"),
					HttpStatus.BAD_REQUEST);
		}
		Set<String> invalid = form.invalidFields();
		if (!invalid.isEmpty()) {
			return page(id, caller, locale, new Shown(form, invalid, Set.of(), "training.form.problem"),
					HttpStatus.BAD_REQUEST);
		}
		return training.request(form.request(uuid.get()), form.idempotencyKey(), caller)
			.flatMap(outcome -> switch (outcome) {
				case Found<Placement> made ->
					Mono.just(Rendering.redirectTo("/training/placements/" + made.value().id()).build());
				case Refused<Placement> refused -> page(id, caller, locale, refused(form.withKey(newKey()), refused),
						HttpStatus.valueOf(refused.status()));
				// the opening is there (the page shows it), so the referral was not one
				// the organisation can see
				case NotFound<Placement> notFound -> page(id, caller, locale,
						new Shown(form.withKey(newKey()), Set.of(), Set.of("referralId"), "training.form.problem"),
						HttpStatus.NOT_FOUND);
				// it may have been made after all: the same key again replays it rather
				// than asking twice
				default -> page(id, caller, locale, new Shown(form, Set.of(), Set.of(), "training.request.unavailable"),
						HttpStatus.SERVICE_UNAVAILABLE);
			});
	}

	@PostMapping("/training/openings/{id}/close")
	Mono<Rendering> close(@PathVariable String id, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		Caller caller = new Caller(client, exchange);
		var uuid = Typed.uuid(id);
		if (uuid.isEmpty()) {
			return Mono.just(Pages.notFound("training.opening.notFound"));
		}
		return training.close(uuid.get(), caller).flatMap(outcome -> switch (outcome) {
			case Found<Opening> closed -> Mono.just(Rendering.redirectTo("/training/openings/" + uuid.get()).build());
			case Refused<Opening> refused -> page(id, caller, locale,
					new Shown(SeatRequestForm.blank(newKey()), Set.of(), Set.of(), "training.opening.refused.close"),
					HttpStatus.valueOf(refused.status()));
			case NotFound<Opening> notFound -> Mono.just(Pages.notFound("training.opening.notFound"));
			default -> Mono.just(Pages.unavailable("training.unavailable"));
		});
	}

	private static Shown refused(SeatRequestForm form, Refused<?> refused) {
		Set<String> misfits = refused.fields()
			.stream()
			.filter(Set.of("age", "sex", "applicationDeadline")::contains)
			.collect(Collectors.toSet());
		Set<String> consent = SeatRequestForm.FIELDS.named(refused.fields())
			.stream()
			.filter(Set.of("consent", "assent")::contains)
			.collect(Collectors.toSet());
		if (refused.status() == 422 && !consent.isEmpty()) {
			return new Shown(form, consent, Set.of(), "training.request.refused.consent");
		}
		if (refused.status() == 422) {
			return new Shown(form, Set.of(), misfits,
					misfits.isEmpty() ? "training.request.refused.closed" : "training.request.refused.notEligible");
		}
		if (refused.status() == 403) {
			return new Shown(form, Set.of(), Set.of(), "training.request.refused.forbidden");
		}
		Set<String> fields = SeatRequestForm.FIELDS.named(refused.fields());
		return new Shown(form, fields, Set.of(), fields.isEmpty() ? "training.form.refused" : "training.form.problem");
	}

	private Mono<Rendering> page(String id, Caller caller, Locale locale, Shown shown, HttpStatus status) {
		var uuid = Typed.uuid(id);
		if (uuid.isEmpty()) {
			return Mono.just(Pages.notFound("training.opening.notFound"));
		}
		return Mono.zip(training.opening(uuid.get(), caller), directory.names(locale, caller))
			.map(answers -> page(answers.getT1(), answers.getT2(), shown, status));
	}

	private static Rendering page(Outcome<Opening> outcome, TrainingNames names, Shown shown, HttpStatus status) {
		return switch (outcome) {
			case Found<Opening> found -> {
				var page = Rendering.view("portal/opening")
					.status(status)
					.modelAttribute("opening", found.value())
					.modelAttribute("names", names)
					.modelAttribute("form", shown.form())
					.modelAttribute("errors", shown.errors())
					.modelAttribute("misfits", shown.misfits());
				yield shown.problem() == null ? page.build() : page.modelAttribute("problem", shown.problem()).build();
			}
			case NotFound<Opening> notFound -> Pages.notFound("training.opening.notFound");
			default -> Pages.unavailable("training.unavailable");
		};
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}

}
