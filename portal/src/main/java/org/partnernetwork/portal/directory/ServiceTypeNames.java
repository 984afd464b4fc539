package org.partnernetwork.portal.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnernetwork.portal.directory.Directory.ServiceType;
import org.partnernetwork.portal.directory.Directory.Text;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * {@link Names} with the directory's service types, for pages outside Find help (referrals), and where a
 * page names other organisations, their names too. When the directory cannot answer, the page still shows,
 * with service type codes and organisation slugs as they are.
 */
@Component
public class ServiceTypeNames {

	private final DirectoryClient directory;

	ServiceTypeNames(DirectoryClient directory) {
		this.directory = directory;
	}

	public Mono<Names> in(Locale locale, OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		return directory.serviceTypes(new Caller(client, exchange))
			.map(types -> new Names(locale, types instanceof Found<List<ServiceType>> found ? found.value() : List.of()));
	}

	/** The names of the organisations in the directory only, for pages that show no service type (training). */
	public Mono<Names> ofOrganisations(Locale locale, OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		return directory.organisationNames(new Caller(client, exchange))
			.map(names -> new Names(locale, List.of(),
					names instanceof Found<Map<String, Text>> found ? found.value() : Map.of()));
	}

	/** With the names of the organisations in the directory, for pages that show who sent what to whom. */
	public Mono<Names> withOrganisations(Locale locale, OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		Caller caller = new Caller(client, exchange);
		return Mono.zip(directory.serviceTypes(caller), directory.organisationNames(caller))
			.map(answers -> new Names(locale,
					answers.getT1() instanceof Found<List<ServiceType>> types ? types.value() : List.of(),
					answers.getT2() instanceof Found<Map<String, Text>> names ? names.value() : Map.of()));
	}
}
