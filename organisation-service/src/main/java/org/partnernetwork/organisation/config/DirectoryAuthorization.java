package org.partnernetwork.organisation.config;

import org.partnernetwork.support.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may change the directory, checked before a body is even read: the org admin keeps
 * their own organisation's entry (the commands then answer 404 for any other), the
 * network admin onboards and suspends, and rebuilds the search index. Every signed-in
 * user may read.
 */
@Configuration(proxyBeanMethods = false)
public class DirectoryAuthorization {

	@Bean
	ServiceAuthorizationRules directoryRules() {
		return rules -> rules
			.requestMatchers(HttpMethod.POST, "/api/organisations", "/api/organisations/*/suspend",
					"/api/organisations/*/reactivate", "/api/search-index")
			.hasRole("network-admin")
			.requestMatchers(HttpMethod.PUT, "/api/organisations/*", "/api/organisations/*/services/*",
					"/api/organisations/*/locations/*")
			.hasRole("org-admin")
			.requestMatchers(HttpMethod.POST, "/api/organisations/*/confirm", "/api/organisations/*/services",
					"/api/organisations/*/locations")
			.hasRole("org-admin")
			.requestMatchers(HttpMethod.GET, "/api/**")
			.authenticated();
	}

}
