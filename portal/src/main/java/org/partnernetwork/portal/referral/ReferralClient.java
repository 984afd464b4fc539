package org.partnernetwork.portal.referral;

import java.util.UUID;

import org.partnernetwork.portal.PortalProperties;
import org.partnernetwork.portal.referral.ReferralRequests.ActionRequest;
import org.partnernetwork.portal.referral.ReferralRequests.CaseReferenceSearch;
import org.partnernetwork.portal.referral.ReferralRequests.ConsentInput;
import org.partnernetwork.portal.referral.ReferralRequests.NewReferralRequest;
import org.partnernetwork.portal.referral.ReferralRequests.NoteRequest;
import org.partnernetwork.portal.referral.ReferralRequests.RerouteRequest;
import org.partnernetwork.portal.referral.Referrals.Counts;
import org.partnernetwork.portal.referral.Referrals.Referral;
import org.partnernetwork.portal.referral.Referrals.Summary;
import org.partnernetwork.portal.web.Page;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.partnernetwork.portal.web.ServiceCall;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * referral-service's API, called with the signed-in person's access token through a
 * {@link ServiceCall}: 400, 403, 409 and 422 are the service refusing, with the fields
 * named. Nothing about the referral is logged: not an answer, not a body, not an
 * exception's message.
 */
@Component
class ReferralClient {

	private static final ParameterizedTypeReference<Page<Summary>> SUMMARY_PAGE = new ParameterizedTypeReference<>() {
	};

	static final int BOX_SIZE = 20;

	private final ServiceCall referrals;

	ReferralClient(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients,
			PortalProperties properties) {
		this.referrals = new ServiceCall(builder, authorizedClients, properties.referralServiceUrl(),
				"referral-service", properties.timeout(), ServiceCall.REFUSALS);
	}

	/**
	 * {@code incoming}, {@code outgoing}, or {@code drafts}: the outgoing referrals not
	 * sent yet; narrowed by the filter's status, kind and overdue.
	 */
	Mono<Outcome<Page<Summary>>> box(BoxFilter filter, int page, Caller caller) {
		var request = referrals.client().get().uri(uri -> {
			uri.path("/api/referrals").queryParam("box", filter.serviceBox());
			filter.serviceStatus().ifPresent(status -> uri.queryParam("status", status));
			filter.kindCode().ifPresent(kind -> uri.queryParam("kind", kind));
			if (filter.overdue()) {
				uri.queryParam("overdue", true);
			}
			return uri.queryParam("page", page).queryParam("size", BOX_SIZE).build();
		});
		return referrals.call(caller, request, response -> response.bodyToMono(SUMMARY_PAGE));
	}

	/**
	 * A box narrowed to one case reference, sent in the body: the reference never goes
	 * into a URL.
	 */
	Mono<Outcome<Page<Summary>>> search(String box, String caseReference, Caller caller) {
		return referrals.call(caller,
				referrals.client()
					.post()
					.uri("/api/referrals/search?size={size}", BOX_SIZE)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(new CaseReferenceSearch(box, caseReference)),
				response -> response.bodyToMono(SUMMARY_PAGE));
	}

	/** What waits for the person's organisation, counted by referral-service. */
	Mono<Outcome<Counts>> worklist(Caller caller) {
		return referrals.call(caller, referrals.client().get().uri("/api/referrals/worklist"),
				response -> response.bodyToMono(Counts.class));
	}

	Mono<Outcome<Referral>> recordConsent(UUID id, ConsentInput consent, Caller caller) {
		return referrals.call(caller,
				referrals.client()
					.put()
					.uri("/api/referrals/{id}/consent", id)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(consent),
				response -> response.bodyToMono(Referral.class));
	}

	/** A referral as the person's organisation sees it. */
	Mono<Outcome<Referral>> referral(UUID id, Caller caller) {
		return referrals.call(caller, referrals.client().get().uri("/api/referrals/{id}", id),
				response -> response.bodyToMono(Referral.class));
	}

	/**
	 * An action with its code and note, each only when filled in; {@code path} is one of
	 * {@link ReferralActions}' own (it may hold a slash: {@code lead-request/accept}).
	 */
	Mono<Outcome<Referral>> act(UUID id, String path, ActionRequest request, Caller caller) {
		return referrals.call(caller,
				referrals.client()
					.post()
					.uri("/api/referrals/{id}/" + path, id)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(request),
				response -> response.bodyToMono(Referral.class));
	}

	/**
	 * A new referral, sent at once; the same {@code Idempotency-Key} and request replay
	 * the first answer.
	 */
	Mono<Outcome<Referral>> create(NewReferralRequest request, String idempotencyKey, Caller caller) {
		return referrals.call(caller,
				referrals.client()
					.post()
					.uri("/api/referrals")
					.header("Idempotency-Key", idempotencyKey)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(request),
				response -> response.bodyToMono(Referral.class));
	}

	/** A new referral made from a declined or expired one, for another organisation. */
	Mono<Outcome<Referral>> referElsewhere(UUID id, RerouteRequest request, String idempotencyKey, Caller caller) {
		return referrals.call(caller,
				referrals.client()
					.post()
					.uri("/api/referrals/{id}/refer-elsewhere", id)
					.header("Idempotency-Key", idempotencyKey)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(request),
				response -> response.bodyToMono(Referral.class));
	}

	Mono<Outcome<Referral>> addNote(UUID id, NoteRequest note, Caller caller) {
		return referrals.call(caller,
				referrals.client()
					.post()
					.uri("/api/referrals/{id}/notes", id)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(note),
				response -> response.bodyToMono(Referral.class));
	}

}
