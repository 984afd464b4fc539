package org.partnernetwork.portal.training;

import java.util.Locale;
import java.util.Set;

import org.partnernetwork.portal.training.Training.Opening;
import org.partnernetwork.portal.web.Page;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * "Training": open openings by trade, province, the young person's age and sex; with
 * nothing filled in, every opening still taking requests. Works as a plain form; with
 * htmx, a search replaces only the form and its results, as Find help does.
 * {@code ?referral=} travels into each opening's link.
 */
@Controller
class TrainingController {

	private static final String SHOW_PROBLEM = "outerHTML show:#search:top";

	private final TrainingClient training;

	private final TrainingDirectory directory;

	TrainingController(TrainingClient training, TrainingDirectory directory) {
		this.training = training;
		this.directory = directory;
	}

	@GetMapping("/training")
	Mono<Rendering> search(OpeningSearchForm form, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		String view = exchange.getRequest().getHeaders().containsHeader("HX-Request") ? "portal/training :: search"
				: "portal/training";
		exchange.getResponse().getHeaders().add("Vary", "HX-Request");
		var page = Rendering.view(view).modelAttribute("form", form).modelAttribute("names", new TrainingNames(locale));
		Set<String> invalid = form.invalidFields();
		if (!invalid.isEmpty()) {
			return Mono.just(refused(page, invalid));
		}
		Caller caller = new Caller(client, exchange);
		return training.search(form.criteria(), caller).flatMap(outcome -> switch (outcome) {
			case Found<Page<Opening>> found -> directory.names(locale, caller)
				.map(names -> page.modelAttribute("errors", Set.of())
					.modelAttribute("results", found.value())
					.modelAttribute("names", names)
					.build());
			case Refused<?> refused -> Mono.just(refused(page, besideFields(refused.fields())));
			default -> Mono.just(page.modelAttribute("errors", Set.of())
				.modelAttribute("unavailable", true)
				.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("HX-Reswap", SHOW_PROBLEM)
				.build());
		});
	}

	/** With htmx, the page then shows the form's top, where the problem is said. */
	private static Rendering refused(Rendering.Builder<?> page, Set<String> fields) {
		return page.modelAttribute("errors", fields)
			.status(HttpStatus.BAD_REQUEST)
			.header("HX-Reswap", SHOW_PROBLEM)
			.build();
	}

	private static Set<String> besideFields(Set<String> refused) {
		Set<String> fields = OpeningSearchForm.FIELDS.named(refused);
		return fields.isEmpty() ? Set.of("other") : fields;
	}

}
