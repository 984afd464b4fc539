package org.partnernetwork.gateway.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem Details as the gateway answers them, with the same stable types as the services
 * ({@code urn:partner-network:problem:<code>}) and titles in English or Khmer. A person's browser asking
 * for a page outside the API (an address typed wrong, a form it could not read) gets the same title and
 * sentence as a small page in the portal's style instead, with a way back to the start.
 */
@Component
public class GatewayProblems {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final JsonMapper json;

	GatewayProblems(JsonMapper json) {
		this.json = json;
		messages.setBasenames("gateway-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	public ProblemDetail create(ServerWebExchange exchange, HttpStatusCode status, String code, Object... arguments) {
		Locale locale = exchange.getLocaleContext().getLocale();
		Locale effective = locale != null ? locale : Locale.ENGLISH;
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:partner-network:problem:" + code));
		problem.setTitle(messages.getMessage("problem." + code + ".title", null, code, effective));
		String detail = messages.getMessage("problem." + code + ".detail", arguments, null, effective);
		if (detail != null) {
			problem.setDetail(detail);
		}
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return problem;
	}

	/** Writes a problem as the whole response, for filters that answer before any controller. */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, Object... arguments) {
		return write(exchange, create(exchange, status, code, arguments));
	}

	/** Writes a problem made with {@link #create} (and given more properties) as the whole response. */
	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		boolean page = isPageForAPerson(exchange);
		response.getHeaders().setContentType(page ? HTML : MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = (page ? page(exchange, problem) : json.writeValueAsString(problem)).getBytes(StandardCharsets.UTF_8);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

	/** A browser's page request (it asks for HTML by name) outside {@code /api/}; htmx's requests get JSON. */
	private static boolean isPageForAPerson(ServerWebExchange exchange) {
		var request = exchange.getRequest();
		return !request.getPath().value().startsWith("/api/") && !request.getHeaders().containsHeader("HX-Request")
				&& request.getHeaders().getAccept().stream().anyMatch(type -> type.equals(MediaType.TEXT_HTML));
	}

	private String page(ServerWebExchange exchange, ProblemDetail problem) {
		Locale locale = exchange.getLocaleContext().getLocale();
		Locale effective = locale != null ? locale : Locale.ENGLISH;
		String language = "km".equals(effective.getLanguage()) ? "km" : "en";
		String title = HtmlUtils.htmlEscape(problem.getTitle() == null ? "" : problem.getTitle());
		String detail = problem.getDetail() == null ? "" : "<p>" + HtmlUtils.htmlEscape(problem.getDetail()) + "</p>";
		String home = HtmlUtils.htmlEscape(messages.getMessage("page.home", null, "Partner Network", effective));
		return """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title><link rel="stylesheet" href="/assets/portal.css"></head>
				<body><main id="main"><h1>%s</h1>%s<p><a class="action" href="/">%s</a></p></main></body></html>
				""".formatted(language, title, title, detail, home);
	}
}
