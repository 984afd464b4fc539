package org.partnernetwork.portal.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnernetwork.portal.web.Page;
import org.partnernetwork.portal.training.Training.PlacementSummary;
import org.partnernetwork.portal.web.Person;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.partnernetwork.portal.web.ServiceCall.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The person's seat requests. A centre's staff see those asked of their centre, in the
 * order they act on them: waiting for an answer, offered, in training, then closed. A
 * coordinator sees those their organisation asked for, with where each stands, most
 * recently changed first.
 */
@Controller
class PlacementsController {

	/** One list on the page: its heading's key and the placements in it. */
	public record Group(String name, Page<PlacementSummary> placements) {
	}

	private static final List<List<String>> CENTRE_GROUPS = List.of(List.of("REQUESTED"), List.of("OFFERED"),
			List.of("ENROLLED"), List.of("COMPLETED", "DROPPED_OUT", "DECLINED", "WITHDRAWN", "EXPIRED"));

	private static final List<String> CENTRE_GROUP_NAMES = List.of("awaiting", "offered", "enrolled", "closed");

	private final TrainingClient training;

	private final TrainingDirectory directory;

	PlacementsController(TrainingClient training, TrainingDirectory directory) {
		this.training = training;
		this.directory = directory;
	}

	@GetMapping("/training/placements")
	Mono<Rendering> placements(@ModelAttribute(name = "person", binding = false) Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Caller caller = new Caller(client, exchange);
		boolean centre = person.has(TrainingPages.CENTRE_STAFF);
		List<String> names = centre ? CENTRE_GROUP_NAMES : List.of("requested");
		Flux<Outcome<Page<PlacementSummary>>> lists = centre
				? Flux.fromIterable(CENTRE_GROUPS)
					.flatMapSequential(statuses -> training.box("incoming", statuses, caller))
				: Flux.from(training.box("outgoing", List.of(), caller));
		return Mono.zip(lists.collectList(), directory.names(locale, caller)).map(answers -> {
			List<Outcome<Page<PlacementSummary>>> outcomes = answers.getT1();
			var page = Rendering.view("portal/placements")
				.modelAttribute("centre", centre)
				.modelAttribute("names", answers.getT2());
			if (outcomes.stream().anyMatch(Refused.class::isInstance)) {
				// no organisation, or several: placements belong to one organisation
				return page.modelAttribute("refused", true).status(HttpStatus.FORBIDDEN).build();
			}
			if (!outcomes.stream().allMatch(Found.class::isInstance)) {
				return page.modelAttribute("unavailable", true).status(HttpStatus.SERVICE_UNAVAILABLE).build();
			}
			List<Group> groups = new ArrayList<>();
			for (int i = 0; i < outcomes.size(); i++) {
				groups.add(new Group(names.get(i), ((Found<Page<PlacementSummary>>) outcomes.get(i)).value()));
			}
			return page.modelAttribute("groups", groups).build();
		});
	}

}
