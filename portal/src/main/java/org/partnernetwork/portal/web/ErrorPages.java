package org.partnernetwork.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveViewResolver;

import reactor.core.publisher.Mono;

/**
 * The small page a person's browser gets when the application cannot give it the page it
 * asked for (an address typed wrong, a sign-in while Keycloak is down, a form sent
 * without its CSRF token): the problem's title and sentence, in the person's language and
 * the portal's layout, with a way back to the start. Programs and htmx get the
 * application's Problem Details instead; {@link #isForAPerson} tells which is which.
 */
@Component
public final class ErrorPages {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final ThymeleafReactiveViewResolver views;

	ErrorPages(ThymeleafReactiveViewResolver views) {
		this.views = views;
	}

	/**
	 * A browser's page request: outside {@code /api/}, not htmx, asking for HTML by name.
	 * An {@code Accept} header that cannot be read names nothing.
	 */
	public boolean isForAPerson(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		return !exchange.getRequest().getPath().value().startsWith("/api/") && !headers.containsHeader("HX-Request")
				&& asksForHtml(headers);
	}

	/**
	 * Answers with the problem's status and a page of its title and detail, both already
	 * in the person's language. The page shows nobody signed in and links to the start
	 * page in the other language: it is drawn for any request, even one refused before
	 * the person was known.
	 */
	public Mono<Void> render(ServerWebExchange exchange, ProblemDetail problem) {
		Locale locale = localeOf(exchange);
		exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		Map<String, Object> model = Map.of("problem", problem, "person", Person.NOBODY, "lang",
				PageModel.languageOf(locale), "otherLanguageUrl",
				"/?" + Language.PARAMETER + "=" + PageModel.otherLanguageOf(locale));
		return views.resolveViewName("portal/error", locale).flatMap(view -> view.render(model, HTML, exchange));
	}

	private static boolean asksForHtml(HttpHeaders headers) {
		try {
			return headers.getAccept().stream().anyMatch(type -> type.equals(MediaType.TEXT_HTML));
		}
		catch (IllegalArgumentException unreadable) {
			return false;
		}
	}

	private static Locale localeOf(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return locale != null ? locale : Locale.ENGLISH;
	}

}
