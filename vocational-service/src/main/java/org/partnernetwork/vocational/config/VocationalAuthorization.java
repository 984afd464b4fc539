package org.partnernetwork.vocational.config;

import org.partnernetwork.support.security.ServiceAuthorizationRules;
import org.partnernetwork.support.security.ServiceSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Roles, checked before a body is read: centre staff post and keep openings and answer
 * seat requests; coordinators and supervisors request seats and withdraw them; everyone
 * signed in searches openings; a member of an organisation with no role yet reads no seat
 * request; a centre's outcomes are its staff's, the outcomes of the seats an organisation
 * asked for its coordinators' and supervisors' (checked with the box asked for). Whether
 * the user's organisation may see a placement at all is the placement's own rule (404
 * otherwise), and an opening is changed by its own centre only (404 for others).
 */
@Configuration(proxyBeanMethods = false)
class VocationalAuthorization {

	static final String CENTRE_STAFF = "centre-staff";

	@Bean
	ServiceAuthorizationRules vocationalRules() {
		return rules -> rules.requestMatchers(HttpMethod.POST, "/api/openings", "/api/openings/**")
			.hasRole(CENTRE_STAFF)
			.requestMatchers(HttpMethod.PUT, "/api/openings/**")
			.hasRole(CENTRE_STAFF)
			.requestMatchers(HttpMethod.GET, "/api/openings", "/api/openings/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/placements", "/api/placements/*/withdraw")
			.hasAnyRole("coordinator", "supervisor")
			.requestMatchers(HttpMethod.POST, "/api/placements/*/offer", "/api/placements/*/decline",
					"/api/placements/*/enrol", "/api/placements/*/complete", "/api/placements/*/drop-out")
			.hasRole(CENTRE_STAFF)
			.requestMatchers(HttpMethod.GET, "/api/placements/outcomes")
			.hasAnyRole(CENTRE_STAFF, "coordinator", "supervisor")
			.requestMatchers(HttpMethod.GET, "/api/placements", "/api/placements/**")
			.hasAnyRole(ServiceSecurityAutoConfiguration.PERSON_ROLES);
	}

}
