package org.partnernetwork.portal.directory;

import java.util.List;
import java.util.Locale;

import org.partnernetwork.portal.web.Names.ServiceType;
import org.partnernetwork.portal.web.Names;
import org.partnernetwork.portal.web.Pages;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.NotFound;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** An organisation's page: what it offers, to whom and where, and how to reach it. */
@Controller
class OrganisationPageController {

	private static final String SLUG = "[a-z0-9][a-z0-9-]{1,59}";

	private final DirectoryClient directory;

	OrganisationPageController(DirectoryClient directory) {
		this.directory = directory;
	}

	@GetMapping("/organisations/{slug}")
	Mono<Rendering> organisation(@PathVariable String slug,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		if (!slug.matches(SLUG)) {
			return Mono.just(Pages.notFound("notFound.text"));
		}
		Caller caller = new Caller(client, exchange);
		return Mono.zip(directory.organisation(slug, caller), directory.serviceTypes(caller)).map(answers -> {
			List<ServiceType> types = answers.getT2() instanceof Found<List<ServiceType>> found ? found.value()
					: List.of();
			var names = new Names(locale, types);
			return switch (answers.getT1()) {
				case Found<Directory.Organisation> found -> Rendering.view("portal/organisation")
					.modelAttribute("organisation", found.value())
					.modelAttribute("names", names)
					.build();
				case NotFound<?> notFound -> Pages.notFound("notFound.text");
				default -> Pages.unavailable("unavailable");
			};
		});
	}

}
