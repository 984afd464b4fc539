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
 * The start page: what a person can do, and what waits for them, counted, each line
 * opening the matching list; and the page shown after signing out. The counts come from
 * the services, so the start page asks for them after it is shown ({@code /worklist},
 * loaded by htmx, or opened as a page without script): a phone on a slow line has a
 * usable page without waiting for them.
 */
@Controller
class PagesController {

	private final List<WorkSource> sources;

	PagesController(List<WorkSource> sources) {
		this.sources = sources;
	}

	@GetMapping("/")
	Rendering home() {
		return Rendering.view("portal/home").build();
	}

	@GetMapping("/worklist")
	Mono<Rendering> worklist(@ModelAttribute(name = "person", binding = false) Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		Caller caller = new Caller(client, exchange);
		boolean htmx = exchange.getRequest().getHeaders().containsHeader("HX-Request");
		exchange.getResponse().getHeaders().add("Vary", "HX-Request");
		return Flux.fromIterable(sources)
			.flatMapSequential(source -> source.work(person, caller))
			.flatMapIterable(work -> work)
			.collectList()
			.map(work -> Rendering.view(htmx ? "portal/home :: worklist" : "portal/home")
				.modelAttribute("work", work)
				.build());
	}

	@GetMapping("/signed-out")
	String signedOut() {
		return "portal/signed-out";
	}

}
