package org.partnernetwork.gateway.home;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

import reactor.core.publisher.Mono;

/**
 * The signed-in landing page until the portal exists: who you are, where the API is, and a sign-out
 * form (CSRF-protected) that also ends the Keycloak session.
 */
@RestController
class HomeController {

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	Mono<String> home(Authentication authentication, ServerWebExchange exchange) {
		Mono<CsrfToken> csrf = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
		return csrf.map(token -> page("Partner Network", """
				<p>Signed in as <strong>%s</strong>. · ចូលគណនីជា <strong>%s</strong>។</p>
				<p><a href="/api/me">Who am I (JSON)</a> · <a href="/api/organisations">Directory (JSON)</a></p>
				<form method="post" action="/logout">
				  <input type="hidden" name="%s" value="%s">
				  <button type="submit">Sign out · ចាកចេញ</button>
				</form>""".formatted(escape(authentication.getName()), escape(authentication.getName()),
				escape(token.getParameterName()), escape(token.getToken()))));
	}

	@GetMapping(path = "/signed-out", produces = MediaType.TEXT_HTML_VALUE)
	Mono<String> signedOut() {
		return Mono.just(page("Signed out", """
				<p>You are signed out of Partner Network. · អ្នកបានចាកចេញពី Partner Network ហើយ។</p>
				<p><a href="/">Sign in again · ចូលម្តងទៀត</a></p>"""));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	private static String page(String title, String body) {
		return """
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title></head>
				<body><main><h1>%s</h1>%s</main></body></html>""".formatted(title, title, body);
	}
}
