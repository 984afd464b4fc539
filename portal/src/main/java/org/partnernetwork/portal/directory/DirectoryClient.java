package org.partnernetwork.portal.directory;

import static org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction.oauth2AuthorizedClient;
import static org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction.serverWebExchange;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.partnernetwork.portal.PortalProperties;
import org.partnernetwork.portal.directory.Directory.Organisation;
import org.partnernetwork.portal.directory.Directory.Page;
import org.partnernetwork.portal.directory.Directory.Problem;
import org.partnernetwork.portal.directory.Directory.ServiceHit;
import org.partnernetwork.portal.directory.Directory.ServiceType;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;

/**
 * organisation-service's directory API, called with the signed-in person's access token (refreshed when
 * it has expired). Every answer is an outcome a page can show: found, refused field by field, not found,
 * or unavailable (down, slow, failing) — never an exception with a stack trace.
 */
@Component
class DirectoryClient {

	private static final ParameterizedTypeReference<Page<ServiceHit>> SERVICE_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ServiceType>> SERVICE_TYPES = new ParameterizedTypeReference<>() {
	};

	sealed interface Outcome<T> {
	}

	record Found<T>(T value) implements Outcome<T> {
	}

	record Refused<T>(Set<String> fields) implements Outcome<T> {
	}

	record NotFound<T>() implements Outcome<T> {
	}

	record Unavailable<T>() implements Outcome<T> {
	}

	private static final Logger log = LoggerFactory.getLogger(DirectoryClient.class);

	private final WebClient directory;

	private final PortalProperties properties;

	DirectoryClient(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients,
			PortalProperties properties) {
		this.directory = builder.clone()
			.baseUrl(properties.organisationServiceUrl().toString())
			.filter(new ServerOAuth2AuthorizedClientExchangeFilterFunction(authorizedClients))
			.build();
		this.properties = properties;
	}

	Mono<Outcome<Page<ServiceHit>>> services(MultiValueMap<String, String> criteria, Caller caller) {
		// encoded here, value by value: free text may hold characters a URI template would read as its own
		URI uri = UriComponentsBuilder.fromUri(properties.organisationServiceUrl()).path("/api/services")
			.queryParams(criteria).build().encode().toUri();
		return get(caller, directory.get().uri(uri),
				response -> response.bodyToMono(SERVICE_PAGE));
	}

	Mono<Outcome<List<ServiceType>>> serviceTypes(Caller caller) {
		return get(caller, directory.get().uri("/api/service-types"), response -> response.bodyToMono(SERVICE_TYPES));
	}

	Mono<Outcome<Organisation>> organisation(String slug, Caller caller) {
		return get(caller, directory.get().uri("/api/organisations/{slug}", slug),
				response -> response.bodyToMono(Organisation.class));
	}

	/** The person's authorized client and the exchange it lives in (for a refresh). */
	record Caller(OAuth2AuthorizedClient client, ServerWebExchange exchange) {
	}

	private <T> Mono<Outcome<T>> get(Caller caller, WebClient.RequestHeadersSpec<?> request,
			Function<ClientResponse, Mono<T>> body) {
		return request.attributes(oauth2AuthorizedClient(caller.client()))
			.attributes(serverWebExchange(caller.exchange()))
			.exchangeToMono(response -> outcome(response, body))
			.timeout(properties.timeout())
			.onErrorResume(failure -> {
				// the kind of failure only: a message may carry the request's address and its criteria
				log.warn("organisation-service did not answer: {}", failure.getClass().getSimpleName());
				return Mono.just(new Unavailable<>());
			});
	}

	private static <T> Mono<Outcome<T>> outcome(ClientResponse response,
			Function<ClientResponse, Mono<T>> body) {
		HttpStatus status = HttpStatus.resolve(response.statusCode().value());
		if (status == HttpStatus.OK) {
			return body.apply(response).map(Found::new);
		}
		if (status == HttpStatus.NOT_FOUND) {
			return response.releaseBody().thenReturn(new NotFound<>());
		}
		if (status == HttpStatus.BAD_REQUEST) {
			return response.bodyToMono(Problem.class)
				.map(problem -> problem.errors() == null ? Set.<String>of()
						: problem.errors().stream().map(Directory.FieldError::field).collect(Collectors.toSet()))
				.defaultIfEmpty(Set.of())
				.map(Refused::new);
		}
		return response.releaseBody().thenReturn(new Unavailable<>());
	}
}
