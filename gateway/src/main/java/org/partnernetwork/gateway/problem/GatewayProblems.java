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

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem Details as the gateway answers them, with the same stable types as the services
 * ({@code urn:partner-network:problem:<code>}) and titles in English or Khmer.
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
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}
}
