package org.partnernetwork.portal.training;

import java.util.Locale;

import org.partnernetwork.portal.training.Training.OutcomeSummary;
import org.partnernetwork.portal.web.Person;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * An organisation's seat requests in numbers, as vocational-service counts them: a
 * centre's staff see their centre's, coordinators and supervisors the seats their
 * organisation asked for. vocational-service decides who may read which; anyone else is
 * told the figures are not theirs.
 */
@Controller
class OutcomesController {

	private final TrainingClient training;

	private final TrainingDirectory directory;

	OutcomesController(TrainingClient training, TrainingDirectory directory) {
		this.training = training;
		this.directory = directory;
	}

	@GetMapping("/training/outcomes")
	Mono<Rendering> outcomes(@ModelAttribute(name = "person", binding = false) Person person,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Caller caller = new Caller(client, exchange);
		boolean centre = person.has(TrainingPages.CENTRE_STAFF);
		return Mono.zip(training.outcomes(centre ? "incoming" : "outgoing", caller), directory.names(locale, caller))
			.map(answers -> {
				var view = Rendering.view("portal/outcomes")
					.modelAttribute("centre", centre)
					.modelAttribute("names", answers.getT2());
				return switch (answers.getT1()) {
					case Found<OutcomeSummary> found -> view.modelAttribute("summary", found.value()).build();
					case Refused<OutcomeSummary> refused ->
						view.modelAttribute("refused", true).status(HttpStatus.FORBIDDEN).build();
					default -> view.modelAttribute("unavailable", true).status(HttpStatus.SERVICE_UNAVAILABLE).build();
				};
			});
	}

}
