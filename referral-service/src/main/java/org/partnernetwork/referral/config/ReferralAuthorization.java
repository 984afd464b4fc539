package org.partnernetwork.referral.config;

import org.partnernetwork.support.security.ServiceAuthorizationRules;
import org.partnernetwork.support.security.ServiceSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Roles, checked before a body is read: coordinators and supervisors create and act on
 * referrals (a centre-staff user cannot send), while anyone who may read a box may search
 * it by case reference (a POST, to keep the reference out of URLs); only supervisors read
 * an audit trail; a member of an organisation who has no role yet (someone who just
 * signed in through the partner's own provider) reads nothing. Whether the user's
 * organisation may see the referral at all is the referral's own rule (404 otherwise).
 */
@Configuration(proxyBeanMethods = false)
class ReferralAuthorization {

	@Bean
	ServiceAuthorizationRules referralRules() {
		return rules -> rules.requestMatchers(HttpMethod.GET, "/api/referrals/*/audit")
			.hasRole("supervisor")
			.requestMatchers(HttpMethod.POST, "/api/referrals/search")
			.hasAnyRole(ServiceSecurityAutoConfiguration.PERSON_ROLES)
			.requestMatchers(HttpMethod.POST, "/api/referrals", "/api/referrals/**")
			.hasAnyRole("coordinator", "supervisor")
			.requestMatchers(HttpMethod.PUT, "/api/referrals/**")
			.hasAnyRole("coordinator", "supervisor")
			.requestMatchers(HttpMethod.GET, "/api/referrals", "/api/referrals/**")
			.hasAnyRole(ServiceSecurityAutoConfiguration.PERSON_ROLES);
	}

}
