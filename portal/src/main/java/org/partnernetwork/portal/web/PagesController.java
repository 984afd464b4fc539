package org.partnernetwork.portal.web;

import java.util.List;

import org.partnernetwork.portal.web.ServiceCall.Caller;
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
 * The start page: what waits for this person, counted, each line opening the matching
 * list, then what a person can do; and the page shown after signing out.
 */
@Controller
class PagesController {

	private final List<WorkSource> sources;

	PagesController(List<WorkSource> sources) {
		this.sources = sources;
	}

	@GetMapping("/")
	Mono<Rendering> home(@ModelAttribute(name = "person", binding = false) Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		Caller caller = new Caller(client, exchange);
		return Flux.fromIterable(sources)
			.flatMapSequential(source -> source.work(person, caller))
			.flatMapIterable(work -> work)
			.collectList()
			.map(work -> Rendering.view("portal/home").modelAttribute("work", work).build());
	}

	@GetMapping("/signed-out")
	String signedOut() {
		return "portal/signed-out";
	}

}
