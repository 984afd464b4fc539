package org.partnernetwork.portal.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.i18n.LocaleContextResolver;

import reactor.core.publisher.Mono;

/**
 * English or Khmer: {@code ?lang=km|en} switches at any time and is remembered in a
 * cookie; without either, the browser's {@code Accept-Language} decides, and English
 * otherwise. The bean's name makes it the application's locale resolver, which
 * Thymeleaf's messages use.
 */
@Component(Language.BEAN_NAME)
public class Language implements LocaleContextResolver, WebFilter {

	static final String BEAN_NAME = "localeContextResolver";

	public static final String PARAMETER = "lang";

	static final String COOKIE = "lang";

	public static final Locale KHMER = Locale.of("km");

	@Override
	public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
		return new SimpleLocaleContext(
				requested(exchange).or(() -> remembered(exchange)).orElseGet(() -> fromBrowser(exchange)));
	}

	@Override
	public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
		throw new UnsupportedOperationException("The language is chosen with ?lang=");
	}

	/** Remembers a language chosen with {@code ?lang=} for a year. */
	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		requested(exchange).ifPresent(locale -> exchange.getResponse()
			.addCookie(ResponseCookie.from(COOKIE, locale.getLanguage())
				.path("/")
				.maxAge(Duration.ofDays(365))
				.httpOnly(true)
				.sameSite("Lax")
				.build()));
		return chain.filter(exchange);
	}

	private static Optional<Locale> requested(ServerWebExchange exchange) {
		return supported(exchange.getRequest().getQueryParams().getFirst(PARAMETER));
	}

	private static Optional<Locale> remembered(ServerWebExchange exchange) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
		return supported(cookie == null ? null : cookie.getValue());
	}

	private static Locale fromBrowser(ServerWebExchange exchange) {
		try {
			return exchange.getRequest()
				.getHeaders()
				.getAcceptLanguageAsLocales()
				.stream()
				.map(Locale::getLanguage)
				.flatMap(language -> supported(language).stream())
				.findFirst()
				.orElse(Locale.ENGLISH);
		}
		catch (IllegalArgumentException malformedHeader) {
			return Locale.ENGLISH;
		}
	}

	private static Optional<Locale> supported(String language) {
		if ("km".equals(language)) {
			return Optional.of(KHMER);
		}
		return "en".equals(language) ? Optional.of(Locale.ENGLISH) : Optional.empty();
	}

}
