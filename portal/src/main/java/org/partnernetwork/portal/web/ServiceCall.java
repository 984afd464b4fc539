package org.partnernetwork.portal.web;

import static org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction.oauth2AuthorizedClient;
import static org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction.serverWebExchange;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * One service's API as the portal calls it: with the signed-in person's access token
 * (refreshed when it has expired), within a time limit, and every answer turned into an
 * outcome a page can show — found, refused (with its status and the fields named), not
 * found, or unavailable (down, slow, failing) — never an exception with a stack trace.
 * Nothing of a request or an answer is logged, only the kind of failure.
 */
public final class ServiceCall {

	public sealed interface Outcome<T> {

	}

	public record Found<T>(T value) implements Outcome<T> {
	}

	/**
	 * The service said no, and why, field by field where it could; {@code personal} are
	 * the fields it refused because their text looks like it identifies someone (a phone
	 * number, an e-mail address, a name).
	 */
	public record Refused<T>(int status, Set<String> fields, Set<String> personal) implements Outcome<T> {

		public Refused(int status, Set<String> fields) {
			this(status, fields, Set.of());
		}

	}

	public record NotFound<T>() implements Outcome<T> {
	}

	public record Unavailable<T>() implements Outcome<T> {
	}

	/** The person's authorized client and the exchange it lives in (for a refresh). */
	public record Caller(OAuth2AuthorizedClient client, ServerWebExchange exchange) {
	}

	private record Problem(List<FieldError> errors) {
	}

	private record FieldError(String field, String code) {
	}

	/** The code a service gives a field whose text looks like personal details. */
	private static final String PERSONAL_DETAILS = "personal-details";

	/**
	 * How a service that keeps records says no: a bad field, not allowed, changed
	 * meanwhile, against a rule.
	 */
	public static final Set<HttpStatus> REFUSALS = Set.of(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN,
			HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_CONTENT);

	private static final Logger log = LoggerFactory.getLogger(ServiceCall.class);

	private final WebClient client;

	private final String service;

	private final Duration timeout;

	private final Set<HttpStatus> refusals;

	/**
	 * @param service its name, for the log line when it does not answer
	 * @param refusals the statuses that are the service saying no (shown beside the
	 * fields), not a failure
	 */
	public ServiceCall(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients, URI baseUrl,
			String service, Duration timeout, Set<HttpStatus> refusals) {
		this.client = builder.clone()
			.baseUrl(baseUrl.toString())
			.filter(new ServerOAuth2AuthorizedClientExchangeFilterFunction(authorizedClients))
			.build();
		this.service = service;
		this.timeout = timeout;
		this.refusals = Set.copyOf(refusals);
	}

	/** Where a request is built: {@code client().get().uri(…)}. */
	public WebClient client() {
		return client;
	}

	/**
	 * Sends the request as the caller and answers its outcome; {@code body} reads a 200
	 * or 201.
	 */
	public <T> Mono<Outcome<T>> call(Caller caller, WebClient.RequestHeadersSpec<?> request,
			Function<ClientResponse, Mono<T>> body) {
		return request.attributes(oauth2AuthorizedClient(caller.client()))
			.attributes(serverWebExchange(caller.exchange()))
			.exchangeToMono(response -> outcome(response, body))
			.timeout(timeout)
			.onErrorResume(failure -> {
				// the kind of failure only: a message may carry the request's address,
				// its criteria or a child's text
				log.warn("{} did not answer: {}", service, failure.getClass().getSimpleName());
				return Mono.just(new Unavailable<>());
			});
	}

	private <T> Mono<Outcome<T>> outcome(ClientResponse response, Function<ClientResponse, Mono<T>> body) {
		HttpStatus status = HttpStatus.resolve(response.statusCode().value());
		if (status == HttpStatus.OK || status == HttpStatus.CREATED) {
			return body.apply(response).map(Found::new);
		}
		if (status == HttpStatus.NOT_FOUND) {
			return response.releaseBody().thenReturn(new NotFound<>());
		}
		if (status != null && refusals.contains(status)) {
			return response.bodyToMono(Problem.class)
				.map(problem -> problem.errors() == null ? List.<FieldError>of() : problem.errors())
				.onErrorReturn(List.of())
				.defaultIfEmpty(List.of())
				.map(errors -> new Refused<>(status.value(),
						errors.stream().map(FieldError::field).collect(Collectors.toSet()),
						errors.stream()
							.filter(error -> PERSONAL_DETAILS.equals(error.code()))
							.map(FieldError::field)
							.collect(Collectors.toSet())));
		}
		return response.releaseBody().thenReturn(new Unavailable<>());
	}

}
