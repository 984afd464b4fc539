package org.partnernetwork.notification.config;

import org.partnernetwork.support.security.ServiceAuthorizationRules;
import org.partnernetwork.support.security.ServiceSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Roles, checked before a body is read: a person who works on the platform reads and
 * marks their own notifications; a member of an organisation with no role yet has none.
 * Whose notification it is, is the inbox's own rule (404 for anyone else's).
 */
@Configuration(proxyBeanMethods = false)
class NotificationAuthorization {

	@Bean
	ServiceAuthorizationRules notificationRules() {
		return rules -> rules.requestMatchers("/api/notifications", "/api/notifications/**")
			.hasAnyRole(ServiceSecurityAutoConfiguration.PERSON_ROLES);
	}

}
