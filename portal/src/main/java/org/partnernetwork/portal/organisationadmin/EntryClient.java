package org.partnernetwork.portal.organisationadmin;

import java.util.Map;
import java.util.UUID;

import org.partnernetwork.portal.PortalProperties;
import org.partnernetwork.portal.organisationadmin.Entries.Entry;
import org.partnernetwork.portal.organisationadmin.EntryRequests.LocationChange;
import org.partnernetwork.portal.organisationadmin.EntryRequests.NewOrganisation;
import org.partnernetwork.portal.organisationadmin.EntryRequests.OrganisationChange;
import org.partnernetwork.portal.organisationadmin.EntryRequests.ServiceChange;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.partnernetwork.portal.web.ServiceCall;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * organisation-service's API for keeping an entry (the org admin) and onboarding (the
 * network admin), called with the signed-in person's access token through a
 * {@link ServiceCall}: 400, 403, 409 and 422 are the service refusing, with the fields
 * named. A change answers only what changed, so only the outcome counts.
 */
@Component
class EntryClient {

	private final ServiceCall directory;

	EntryClient(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients,
			PortalProperties properties) {
		this.directory = new ServiceCall(builder, authorizedClients, properties.organisationServiceUrl(),
				"organisation-service", properties.timeout(), ServiceCall.REFUSALS);
	}

	Mono<Outcome<Entry>> entry(String slug, Caller caller) {
		return directory.call(caller, directory.client().get().uri("/api/organisations/{slug}", slug),
				response -> response.bodyToMono(Entry.class));
	}

	Mono<Outcome<Entry>> change(String slug, OrganisationChange change, Caller caller) {
		return organisation(caller, directory.client().put().uri("/api/organisations/{slug}", slug), change);
	}

	/** The entry is up to date as it stands: the directory records when. */
	Mono<Outcome<Entry>> confirm(String slug, Caller caller) {
		return directory.call(caller, directory.client().post().uri("/api/organisations/{slug}/confirm", slug),
				response -> response.bodyToMono(Entry.class));
	}

	/** {@code action}: {@code suspend} or {@code reactivate}, the network admin's. */
	Mono<Outcome<Entry>> setStatus(String slug, String action, Caller caller) {
		return directory.call(caller, directory.client().post().uri("/api/organisations/{slug}/{action}", slug, action),
				response -> response.bodyToMono(Entry.class));
	}

	Mono<Outcome<Entry>> onboard(NewOrganisation organisation, Caller caller) {
		return organisation(caller, directory.client().post().uri("/api/organisations"), organisation);
	}

	/** A new service ({@code id} null) or a change to one. */
	Mono<Outcome<Map<String, Object>>> saveService(String slug, UUID id, ServiceChange service, Caller caller) {
		return offering(caller, id == null ? directory.client().post().uri("/api/organisations/{slug}/services", slug)
				: directory.client().put().uri("/api/organisations/{slug}/services/{id}", slug, id), service);
	}

	/** A new location ({@code id} null) or a change to one. */
	Mono<Outcome<Map<String, Object>>> saveLocation(String slug, UUID id, LocationChange location, Caller caller) {
		return offering(caller, id == null ? directory.client().post().uri("/api/organisations/{slug}/locations", slug)
				: directory.client().put().uri("/api/organisations/{slug}/locations/{id}", slug, id), location);
	}

	private Mono<Outcome<Entry>> organisation(Caller caller, WebClient.RequestBodySpec request, Record body) {
		return directory.call(caller, request.contentType(MediaType.APPLICATION_JSON).bodyValue(body),
				response -> response.bodyToMono(Entry.class));
	}

	private Mono<Outcome<Map<String, Object>>> offering(Caller caller, WebClient.RequestBodySpec request, Record body) {
		return directory.call(caller, request.contentType(MediaType.APPLICATION_JSON).bodyValue(body),
				response -> response.releaseBody().thenReturn(Map.of()));
	}

}
