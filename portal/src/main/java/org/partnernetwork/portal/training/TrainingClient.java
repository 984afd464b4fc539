package org.partnernetwork.portal.training;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.partnernetwork.portal.PortalProperties;
import org.partnernetwork.portal.training.Training.Opening;
import org.partnernetwork.portal.training.Training.OutcomeSummary;
import org.partnernetwork.portal.training.Training.Placement;
import org.partnernetwork.portal.training.Training.PlacementSummary;
import org.partnernetwork.portal.training.TrainingRequests.ActionRequest;
import org.partnernetwork.portal.training.TrainingRequests.OpeningRequest;
import org.partnernetwork.portal.training.TrainingRequests.SeatRequest;
import org.partnernetwork.portal.web.Page;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.partnernetwork.portal.web.ServiceCall;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;

/**
 * vocational-service's API, called with the signed-in person's access token through a
 * {@link ServiceCall}: 400, 403, 409 and 422 are the service refusing, with the fields
 * named. Nothing about a young person is logged: not an answer, not a body, not an
 * exception's message.
 */
@Component
class TrainingClient {

	private static final ParameterizedTypeReference<Page<Opening>> OPENING_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Page<PlacementSummary>> PLACEMENT_PAGE = new ParameterizedTypeReference<>() {
	};

	/** How many seat requests a page of a list shows. */
	static final int PAGE_SIZE = 20;

	private final ServiceCall vocational;

	private final URI baseUrl;

	TrainingClient(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients,
			PortalProperties properties) {
		this.vocational = new ServiceCall(builder, authorizedClients, properties.vocationalServiceUrl(),
				"vocational-service", properties.timeout(), ServiceCall.REFUSALS);
		this.baseUrl = properties.vocationalServiceUrl();
	}

	Mono<Outcome<Page<Opening>>> search(MultiValueMap<String, String> criteria, Caller caller) {
		// encoded here, value by value, as the directory's search is
		URI uri = UriComponentsBuilder.fromUri(baseUrl)
			.path("/api/openings")
			.queryParams(criteria)
			.build()
			.encode()
			.toUri();
		return vocational.call(caller, vocational.client().get().uri(uri),
				response -> response.bodyToMono(OPENING_PAGE));
	}

	Mono<Outcome<Opening>> opening(UUID id, Caller caller) {
		return vocational.call(caller, vocational.client().get().uri("/api/openings/{id}", id),
				response -> response.bodyToMono(Opening.class));
	}

	Mono<Outcome<Opening>> post(OpeningRequest opening, Caller caller) {
		return vocational.call(caller,
				vocational.client()
					.post()
					.uri("/api/openings")
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(opening),
				response -> response.bodyToMono(Opening.class));
	}

	Mono<Outcome<Opening>> edit(UUID id, OpeningRequest opening, Caller caller) {
		return vocational.call(caller,
				vocational.client()
					.put()
					.uri("/api/openings/{id}", id)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(opening),
				response -> response.bodyToMono(Opening.class));
	}

	Mono<Outcome<Opening>> close(UUID id, Caller caller) {
		return vocational.call(caller, vocational.client().post().uri("/api/openings/{id}/close", id),
				response -> response.bodyToMono(Opening.class));
	}

	/**
	 * A seat asked for; the same {@code Idempotency-Key} and request replay the first
	 * answer.
	 */
	Mono<Outcome<Placement>> request(SeatRequest seat, String idempotencyKey, Caller caller) {
		return vocational.call(caller,
				vocational.client()
					.post()
					.uri("/api/placements")
					.header("Idempotency-Key", idempotencyKey)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(seat),
				response -> response.bodyToMono(Placement.class));
	}

	/**
	 * A page of one of the organisation's lists ({@code incoming} to a centre,
	 * {@code outgoing} from a requester) in these states, with its totals.
	 */
	Mono<Outcome<Page<PlacementSummary>>> box(String box, List<String> statuses, int page, int size, Caller caller) {
		var url = UriComponentsBuilder.fromUri(baseUrl).path("/api/placements").queryParam("box", box);
		if (!statuses.isEmpty()) {
			url.queryParam("status", String.join(",", statuses));
		}
		URI uri = url.queryParam("page", page).queryParam("size", size).build().encode().toUri();
		return vocational.call(caller, vocational.client().get().uri(uri),
				response -> response.bodyToMono(PLACEMENT_PAGE));
	}

	/**
	 * The organisation's placements in numbers: its centre's ({@code incoming}) or the
	 * seats it asked for ({@code outgoing}).
	 */
	Mono<Outcome<OutcomeSummary>> outcomes(String box, Caller caller) {
		return vocational.call(caller, vocational.client().get().uri("/api/placements/outcomes?box={box}", box),
				response -> response.bodyToMono(OutcomeSummary.class));
	}

	/**
	 * The centre's seat requests waiting for its answer: one line is read, the total
	 * counts them.
	 */
	Mono<Outcome<Page<PlacementSummary>>> seatRequestsToAnswer(Caller caller) {
		return vocational.call(caller,
				vocational.client().get().uri("/api/placements?box=incoming&status=REQUESTED&size=1"),
				response -> response.bodyToMono(PLACEMENT_PAGE));
	}

	Mono<Outcome<Placement>> placement(UUID id, Caller caller) {
		return vocational.call(caller, vocational.client().get().uri("/api/placements/{id}", id),
				response -> response.bodyToMono(Placement.class));
	}

	/**
	 * An action with its fields ({@code code}, {@code holdUntil}); only those the action
	 * takes are sent.
	 */
	Mono<Outcome<Placement>> act(UUID id, String action, ActionRequest request, Caller caller) {
		return vocational.call(caller,
				vocational.client()
					.post()
					.uri("/api/placements/{id}/{action}", id, action)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(request),
				response -> response.bodyToMono(Placement.class));
	}

}
