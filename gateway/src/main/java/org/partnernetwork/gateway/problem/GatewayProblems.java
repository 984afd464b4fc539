package org.partnernetwork.gateway.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.partnernetwork.portal.web.ErrorPages;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem Details as the gateway answers them, with the same stable types as the services
 * ({@code urn:partner-network:problem:<code>}) and titles in English or Khmer. A person's
 * browser asking for a page outside the API (an address typed wrong, a form it could not
 * read) gets the same title and sentence as one of the portal's {@link ErrorPages}
 * instead.
 */
@Component
public class GatewayProblems {

	static final String TYPE_PREFIX = "urn:partner-network:problem:";

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final JsonMapper json;

	private final ErrorPages pages;

	GatewayProblems(JsonMapper json, ErrorPages pages) {
		this.json = json;
		this.pages = pages;
		messages.setBasenames("gateway-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	public ProblemDetail create(ServerWebExchange exchange, HttpStatusCode status, String code, Object... arguments) {
		Locale locale = exchange.getLocaleContext().getLocale();
		ProblemDetail problem = create(status, code, locale != null ? locale : Locale.ENGLISH, arguments);
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return problem;
	}

	/**
	 * A problem for no particular request (one the server could not even read), in this
	 * language.
	 */
	ProblemDetail create(HttpStatusCode status, String code, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_PREFIX + code));
		problem.setTitle(messages.getMessage("problem." + code + ".title", null, code, locale));
		String detail = messages.getMessage("problem." + code + ".detail", arguments, null, locale);
		if (detail != null) {
			problem.setDetail(detail);
		}
		return problem;
	}

	/**
	 * Writes a problem as the whole response, for filters that answer before any
	 * controller.
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, Object... arguments) {
		return write(exchange, create(exchange, status, code, arguments));
	}

	/**
	 * Writes a problem made with {@link #create} (and given more properties) as the whole
	 * response.
	 */
	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		if (pages.isForAPerson(exchange)) {
			return pages.render(exchange, problem);
		}
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer buffer = response.bufferFactory().wrap(bytes(problem));
		return response.writeWith(Mono.just(buffer));
	}

	byte[] bytes(ProblemDetail problem) {
		return json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
	}

}
