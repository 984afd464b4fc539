package org.partnernetwork.portal.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnernetwork.portal.training.Training.PlacementSummary;
import org.partnernetwork.portal.web.Page;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The person's seat requests, a page of 20 at a time. A centre's staff see those asked of
 * their centre in four lists, in the order they act on them: waiting for an answer,
 * offered, in training, then closed; each list's total is on its tab, one list is shown.
 * A coordinator sees those their organisation asked for, with where each stands. Most
 * recently changed first.
 */
@Controller
class PlacementsController {

	/** A list's tab: its name (a message key's end) and how many it holds. */
	public record Tab(String name, long total) {
	}

	private record Group(String name, List<String> statuses) {
	}

	private static final List<Group> CENTRE_GROUPS = List.of(new Group("awaiting", List.of("REQUESTED")),
			new Group("offered", List.of("OFFERED")), new Group("enrolled", List.of("ENROLLED")),
			new Group("closed", List.of("COMPLETED", "DROPPED_OUT", "DECLINED", "WITHDRAWN", "EXPIRED")));

	private static final List<Group> REQUESTER_GROUPS = List.of(new Group("requested", List.of()));

	private final TrainingClient training;

	private final TrainingDirectory directory;

	PlacementsController(TrainingClient training, TrainingDirectory directory) {
		this.training = training;
		this.directory = directory;
	}

	@GetMapping("/training/placements")
	Mono<Rendering> placements(@RequestParam(defaultValue = "") String group,
			@RequestParam(defaultValue = "0") String page,
			@ModelAttribute(name = "person", binding = false) Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Caller caller = new Caller(client, exchange);
		boolean centre = person.has(TrainingPages.CENTRE_STAFF);
		String box = centre ? "incoming" : "outgoing";
		List<Group> groups = centre ? CENTRE_GROUPS : REQUESTER_GROUPS;
		Group shown = groups.stream().filter(g -> g.name().equals(group)).findFirst().orElse(groups.get(0));
		int number = page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0;
		// the list shown a page at a time; of the others, only their totals
		Flux<Outcome<Page<PlacementSummary>>> lists = Flux.fromIterable(groups)
			.flatMapSequential(
					g -> g == shown ? training.box(box, g.statuses(), number, TrainingClient.PAGE_SIZE, caller)
							: training.box(box, g.statuses(), 0, 1, caller));
		return Mono.zip(lists.collectList(), directory.names(locale, caller)).map(answers -> {
			List<Outcome<Page<PlacementSummary>>> outcomes = answers.getT1();
			var view = Rendering.view("portal/placements")
				.modelAttribute("centre", centre)
				.modelAttribute("shown", shown.name())
				.modelAttribute("names", answers.getT2());
			if (outcomes.stream().anyMatch(Refused.class::isInstance)) {
				// no organisation, or several: placements belong to one organisation
				return view.modelAttribute("refused", true).status(HttpStatus.FORBIDDEN).build();
			}
			if (!outcomes.stream().allMatch(Found.class::isInstance)) {
				return view.modelAttribute("unavailable", true).status(HttpStatus.SERVICE_UNAVAILABLE).build();
			}
			List<Tab> tabs = new ArrayList<>();
			Page<PlacementSummary> placements = null;
			for (int i = 0; i < outcomes.size(); i++) {
				Page<PlacementSummary> found = ((Found<Page<PlacementSummary>>) outcomes.get(i)).value();
				tabs.add(new Tab(groups.get(i).name(), found.totalItems()));
				if (groups.get(i) == shown) {
					placements = found;
				}
			}
			return view.modelAttribute("tabs", tabs).modelAttribute("placements", placements).build();
		});
	}

}
