package org.partnernetwork.portal.directory;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnernetwork.portal.PortalProperties;
import org.partnernetwork.portal.directory.Directory.Organisation;
import org.partnernetwork.portal.directory.Directory.OrganisationRef;
import org.partnernetwork.portal.directory.Directory.ServiceHit;
import org.partnernetwork.portal.web.Names.ServiceType;
import org.partnernetwork.portal.web.Page;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.partnernetwork.portal.web.ServiceCall.Unavailable;
import org.partnernetwork.portal.web.ServiceCall;
import org.partnernetwork.portal.web.Text;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;

/**
 * organisation-service's directory API, called with the signed-in person's access token
 * through a {@link ServiceCall}: a 400 is the directory refusing a criterion, field by
 * field.
 */
@Component
class DirectoryClient {

	private static final ParameterizedTypeReference<Page<ServiceHit>> SERVICE_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ServiceType>> SERVICE_TYPES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Page<OrganisationRef>> ORGANISATION_PAGE = new ParameterizedTypeReference<>() {
	};

	static final int NAMES_PAGE = 100;

	/**
	 * A bound on the pages read for names: 5,000 organisations, far beyond the network's
	 * size.
	 */
	private static final int MAX_NAME_PAGES = 50;

	private final ServiceCall directory;

	private final PortalProperties properties;

	DirectoryClient(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients,
			PortalProperties properties) {
		this.directory = new ServiceCall(builder, authorizedClients, properties.organisationServiceUrl(),
				"organisation-service", properties.timeout(), Set.of(HttpStatus.BAD_REQUEST));
		this.properties = properties;
	}

	Mono<Outcome<Page<ServiceHit>>> services(MultiValueMap<String, String> criteria, Caller caller) {
		// encoded here, value by value: free text may hold characters a URI template
		// would read as its own
		URI uri = UriComponentsBuilder.fromUri(properties.organisationServiceUrl())
			.path("/api/services")
			.queryParams(criteria)
			.build()
			.encode()
			.toUri();
		return directory.call(caller, directory.client().get().uri(uri), response -> response.bodyToMono(SERVICE_PAGE));
	}

	Mono<Outcome<List<ServiceType>>> serviceTypes(Caller caller) {
		return directory.call(caller, directory.client().get().uri("/api/service-types"),
				response -> response.bodyToMono(SERVICE_TYPES));
	}

	/**
	 * Every organisation's name by its slug, read page by page (the directory answers at
	 * most {@value #NAMES_PAGE} at a time); unavailable if any page is.
	 */
	Mono<Outcome<Map<String, Text>>> organisationNames(Caller caller) {
		return namesFrom(0, new HashMap<>(), caller);
	}

	private Mono<Outcome<Map<String, Text>>> namesFrom(int page, Map<String, Text> names, Caller caller) {
		return directory
			.<Page<OrganisationRef>>call(caller,
					directory.client().get().uri("/api/organisations?page={page}&size={size}", page, NAMES_PAGE),
					response -> response.bodyToMono(ORGANISATION_PAGE))
			.flatMap(outcome -> {
				if (!(outcome instanceof Found<Page<OrganisationRef>> found)) {
					return Mono.just(new Unavailable<>());
				}
				found.value().items().forEach(organisation -> names.put(organisation.slug(), organisation.name()));
				return found.value().hasNext() && page < MAX_NAME_PAGES ? namesFrom(page + 1, names, caller)
						: Mono.just(new Found<>(Map.copyOf(names)));
			});
	}

	Mono<Outcome<Organisation>> organisation(String slug, Caller caller) {
		return directory.call(caller, directory.client().get().uri("/api/organisations/{slug}", slug),
				response -> response.bodyToMono(Organisation.class));
	}

}
