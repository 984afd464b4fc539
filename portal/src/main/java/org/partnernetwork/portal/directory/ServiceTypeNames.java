package org.partnernetwork.portal.directory;

import java.util.List;
import java.util.Locale;

import org.partnernetwork.portal.directory.Directory.ServiceType;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * {@link Names} with the directory's service types, for pages outside Find help (referrals). When the
 * directory cannot answer, the page still shows, with service type codes as they are.
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
}
