package org.partnernetwork.portal.referral;

import static org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction.oauth2AuthorizedClient;
import static org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction.serverWebExchange;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.partnernetwork.portal.PortalProperties;
import org.partnernetwork.portal.referral.Referrals.Page;
import org.partnernetwork.portal.referral.Referrals.Problem;
import org.partnernetwork.portal.referral.Referrals.Referral;
import org.partnernetwork.portal.referral.Referrals.Summary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * referral-service's API, called with the signed-in person's access token. Every answer is an outcome a
 * page can show: found (or done), refused (with its status and the fields named), not found, or
 * unavailable. Nothing about the referral is logged: not its id's answer, not a body, not an exception's message.
 */
@Component
class ReferralClient {

	private static final ParameterizedTypeReference<Page<Summary>> SUMMARY_PAGE = new ParameterizedTypeReference<>() {
	};

	static final int BOX_SIZE = 20;

	sealed interface Outcome<T> {
	}

	record Found<T>(T value) implements Outcome<T> {
	}

	/** 400, 403, 409 or 422: the service said no, and why, field by field where it could. */
	record Refused<T>(int status, Set<String> fields) implements Outcome<T> {
	}

	record NotFound<T>() implements Outcome<T> {
	}

	record Unavailable<T>() implements Outcome<T> {
	}

	/** The person's authorized client and the exchange it lives in (for a refresh). */
	record Caller(OAuth2AuthorizedClient client, ServerWebExchange exchange) {
	}

	private static final Logger log = LoggerFactory.getLogger(ReferralClient.class);

	private final WebClient referrals;

	private final PortalProperties properties;

	ReferralClient(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients,
			PortalProperties properties) {
		this.referrals = builder.clone()
			.baseUrl(properties.referralServiceUrl().toString())
			.filter(new ServerOAuth2AuthorizedClientExchangeFilterFunction(authorizedClients))
			.build();
		this.properties = properties;
	}

	Mono<Outcome<Page<Summary>>> box(String box, int page, Caller caller) {
		return call(caller, referrals.get().uri("/api/referrals?box={box}&page={page}&size={size}", box, page, BOX_SIZE),
				response -> response.bodyToMono(SUMMARY_PAGE));
	}

	Mono<Outcome<Referral>> referral(UUID id, Caller caller) {
		return call(caller, referrals.get().uri("/api/referrals/{id}", id), response -> response.bodyToMono(Referral.class));
	}

	/** An action with its fields ({@code code}, {@code note}); only those filled in are sent. */
	Mono<Outcome<Referral>> act(UUID id, String action, Map<String, String> body, Caller caller) {
		return call(caller, referrals.post().uri("/api/referrals/{id}/{action}", id, action)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(body), response -> response.bodyToMono(Referral.class));
	}

	/** A new referral, sent at once; the same {@code Idempotency-Key} and body replay the first answer. */
	Mono<Outcome<Referral>> create(Map<String, Object> body, String idempotencyKey, Caller caller) {
		return call(caller, referrals.post().uri("/api/referrals").header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(body), response -> response.bodyToMono(Referral.class));
	}

	Mono<Outcome<Referral>> addNote(UUID id, String text, Caller caller) {
		return call(caller, referrals.post().uri("/api/referrals/{id}/notes", id)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text)),
				response -> response.bodyToMono(Referral.class));
	}

	private <T> Mono<Outcome<T>> call(Caller caller, WebClient.RequestHeadersSpec<?> request,
			Function<ClientResponse, Mono<T>> body) {
		return request.attributes(oauth2AuthorizedClient(caller.client()))
			.attributes(serverWebExchange(caller.exchange()))
			.exchangeToMono(response -> outcome(response, body))
			.timeout(properties.timeout())
			.onErrorResume(failure -> {
				// the kind of failure only: a message may carry the request's address or the child's text
				log.warn("referral-service did not answer: {}", failure.getClass().getSimpleName());
				return Mono.just(new Unavailable<>());
			});
	}

	private static <T> Mono<Outcome<T>> outcome(ClientResponse response, Function<ClientResponse, Mono<T>> body) {
		HttpStatus status = HttpStatus.resolve(response.statusCode().value());
		if (status == HttpStatus.OK || status == HttpStatus.CREATED) {
			return body.apply(response).map(Found::new);
		}
		if (status == HttpStatus.NOT_FOUND) {
			return response.releaseBody().thenReturn(new NotFound<>());
		}
		if (status == HttpStatus.BAD_REQUEST || status == HttpStatus.UNPROCESSABLE_CONTENT
				|| status == HttpStatus.CONFLICT || status == HttpStatus.FORBIDDEN) {
			return response.bodyToMono(Problem.class)
				.map(problem -> problem.errors() == null ? Set.<String>of()
						: problem.errors().stream().map(Referrals.FieldError::field).collect(Collectors.toSet()))
				.onErrorReturn(Set.of())
				.defaultIfEmpty(Set.of())
				.map(fields -> new Refused<>(status.value(), fields));
		}
		return response.releaseBody().thenReturn(new Unavailable<>());
	}
}
