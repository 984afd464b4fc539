package org.partnernetwork.portal.training;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.partnernetwork.portal.training.PlacementActions.Action;
import org.partnernetwork.portal.training.Training.Placement;
import org.partnernetwork.portal.web.Pages;
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
 * One placement: its opening, the young person, where it stands, and a form for each
 * action vocational-service allows this person now. A done action sends the browser back
 * to the placement (POST-redirect-GET); a refused one shows it again with a sentence
 * beside the form. Another organisation's placement, or none, is not found.
 */
@Controller
class PlacementPageController {

	private static final int HOLD_DAYS = 7;

	private final TrainingClient training;

	private final TrainingDirectory directory;

	PlacementPageController(TrainingClient training, TrainingDirectory directory) {
		this.training = training;
		this.directory = directory;
	}

	@GetMapping("/training/placements/{id}")
	Mono<Rendering> placement(@PathVariable String id, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		return page(id, new Caller(client, exchange), locale, null, HttpStatus.OK);
	}

	@PostMapping("/training/placements/{id}/{action:" + PlacementActions.NAMES + "}")
	Mono<Rendering> act(@PathVariable String id, @PathVariable String action, @ModelAttribute PlacementActionForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Action known = PlacementActions.named(action).orElseThrow();
		Caller caller = new Caller(client, exchange);
		var uuid = Typed.uuid(id);
		if (uuid.isEmpty()) {
			return Mono.just(Pages.notFound("training.placement.notFound"));
		}
		if (form.invalid(known)) {
			return page(id, caller, locale, PlacementRefusal.of(action, 400, true, form), HttpStatus.BAD_REQUEST);
		}
		return training.act(uuid.get(), action, form.request(known), caller).flatMap(outcome -> switch (outcome) {
			case Found<Placement> done -> Mono.just(Rendering.redirectTo("/training/placements/" + uuid.get()).build());
			case Refused<Placement> refused -> page(id, caller, locale,
					PlacementRefusal.of(action, refused.status(),
							refused.fields().contains("code") || refused.fields().contains("holdUntil"), form),
					HttpStatus.valueOf(refused.status()));
			case NotFound<Placement> notFound -> Mono.just(Pages.notFound("training.placement.notFound"));
			default -> Mono.just(Pages.unavailable("training.unavailable"));
		});
	}

	private Mono<Rendering> page(String id, Caller caller, Locale locale, PlacementRefusal refusal, HttpStatus status) {
		var uuid = Typed.uuid(id);
		if (uuid.isEmpty()) {
			return Mono.just(Pages.notFound("training.placement.notFound"));
		}
		return Mono.zip(training.placement(uuid.get(), caller), directory.names(locale, caller))
			.map(answers -> switch (answers.getT1()) {
				case Found<Placement> found -> Rendering.view("portal/placement")
					.status(status)
					.modelAttribute("placement", found.value())
					.modelAttribute("actions", PlacementActions.offered(found.value().actions()))
					.modelAttribute("refusal", Optional.ofNullable(explained(refusal, found.value())))
					.modelAttribute("holdUntil", holdUntil(found.value()).toString())
					.modelAttribute("names", answers.getT2())
					.build();
				case NotFound<Placement> notFound -> Pages.notFound("training.placement.notFound");
				default -> Pages.unavailable("training.unavailable");
			});
	}

	/**
	 * A 409 says the placement changed, unless it still allows the offer: then no seat
	 * was free.
	 */
	private static PlacementRefusal explained(PlacementRefusal refusal, Placement placement) {
		boolean stillOffered = placement.actions() != null && placement.actions().contains("offer");
		return refusal != null && refusal.sentence().equals("training.refused.conflict") && refusal.on("offer")
				&& stillOffered ? refusal.noSeat() : refusal;
	}

	/**
	 * The day an offer holds the seat until unless the centre says otherwise: a week, and
	 * not after the start.
	 */
	private static LocalDate holdUntil(Placement placement) {
		LocalDate week = TrainingNames.today().plusDays(HOLD_DAYS);
		LocalDate start = placement.opening() == null ? null : placement.opening().startDate();
		return start != null && start.isBefore(week) && !start.isBefore(TrainingNames.today()) ? start : week;
	}

}
