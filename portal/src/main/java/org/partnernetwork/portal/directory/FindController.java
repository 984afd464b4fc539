package org.partnernetwork.portal.directory;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.partnernetwork.portal.web.Names.ServiceType;
import org.partnernetwork.portal.web.Names;
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
 * "Find help": services of partner organisations by type, province, the child's age and
 * sex, language and free text. Works as a plain form; with htmx, a search replaces only
 * the form and its results.
 */
@Controller
class FindController {

	private static final String SHOW_PROBLEM = "outerHTML show:#search:top";

	private final DirectoryClient directory;

	FindController(DirectoryClient directory) {
		this.directory = directory;
	}

	@GetMapping("/find")
	Mono<Rendering> find(FindForm form, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		Caller caller = new Caller(client, exchange);
		String view = exchange.getRequest().getHeaders().containsHeader("HX-Request") ? "portal/find :: search"
				: "portal/find";
		exchange.getResponse().getHeaders().add("Vary", "HX-Request");
		return directory.serviceTypes(caller).flatMap(types -> {
			var page = Rendering.view(view)
				.modelAttribute("form", form)
				.modelAttribute("names",
						new Names(locale, types instanceof Found<List<ServiceType>> found ? found.value() : List.of()));
			if (!(types instanceof Found)) {
				return Mono.just(unavailable(page));
			}
			if (!form.submitted()) {
				return Mono.just(page.modelAttribute("errors", Set.of()).build());
			}
			Set<String> invalid = form.invalidFields();
			if (!invalid.isEmpty()) {
				return Mono.just(refused(page, invalid));
			}
			return directory.services(form.criteria(), caller).map(outcome -> switch (outcome) {
				case Found<Page<Directory.ServiceHit>> found ->
					page.modelAttribute("errors", Set.of()).modelAttribute("results", found.value()).build();
				case Refused<?> refused -> refused(page, besideFields(refused.fields()));
				default -> unavailable(page);
			});
		});
	}

	/**
	 * With htmx, the page then shows the form's top, where the problem is said, not the
	 * results below.
	 */
	private static Rendering refused(Rendering.Builder<?> page, Set<String> fields) {
		return page.modelAttribute("errors", fields)
			.status(HttpStatus.BAD_REQUEST)
			.header("HX-Reswap", SHOW_PROBLEM)
			.build();
	}

	private static Rendering unavailable(Rendering.Builder<?> page) {
		return page.modelAttribute("errors", Set.of())
			.modelAttribute("unavailable", true)
			.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("HX-Reswap", SHOW_PROBLEM)
			.build();
	}

	private static Set<String> besideFields(Set<String> refused) {
		Set<String> fields = FindForm.FIELDS.named(refused);
		return fields.isEmpty() ? Set.of("other") : fields;
	}

}
