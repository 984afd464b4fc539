package org.partnernetwork.vocational.config;

import org.partnernetwork.support.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Roles, checked before a body is read: centre staff post and keep openings; everyone signed in searches
 * them. An opening is changed by its own centre only (404 for others).
 */
@Configuration(proxyBeanMethods = false)
class VocationalAuthorization {

	static final String CENTRE_STAFF = "centre-staff";

	@Bean
	ServiceAuthorizationRules vocationalRules() {
		return rules -> rules
			.requestMatchers(HttpMethod.POST, "/api/openings", "/api/openings/**").hasRole(CENTRE_STAFF)
			.requestMatchers(HttpMethod.PUT, "/api/openings/**").hasRole(CENTRE_STAFF)
			.requestMatchers(HttpMethod.GET, "/api/openings", "/api/openings/**").authenticated();
	}
}
