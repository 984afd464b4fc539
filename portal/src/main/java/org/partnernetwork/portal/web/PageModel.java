package org.partnernetwork.portal.web;

import java.util.Locale;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;

/**
 * What every page's layout needs: the CSRF token for its forms (the sign-out form among
 * them), the person signed in, the page's language and the link that shows the same page
 * in the other language.
 */
@ControllerAdvice(basePackages = "org.partnernetwork.portal")
class PageModel {

	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
		return exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.<CsrfToken>empty());
	}

	@ModelAttribute("person")
	Mono<Person> person(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.ofType(OAuth2AuthenticationToken.class)
			.map(Person::from)
			.defaultIfEmpty(Person.NOBODY);
	}

	@ModelAttribute("lang")
	String language(Locale locale) {
		return languageOf(locale);
	}

	@ModelAttribute("otherLanguageUrl")
	String otherLanguageUrl(ServerWebExchange exchange, Locale locale) {
		return UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
			.scheme(null)
			.host(null)
			.port(null)
			.replaceQueryParam(Language.PARAMETER, otherLanguageOf(locale))
			.build()
			.toUriString();
	}

	static String languageOf(Locale locale) {
		return Language.KHMER.equals(locale) ? "km" : "en";
	}

	static String otherLanguageOf(Locale locale) {
		return Language.KHMER.equals(locale) ? "en" : "km";
	}

}
