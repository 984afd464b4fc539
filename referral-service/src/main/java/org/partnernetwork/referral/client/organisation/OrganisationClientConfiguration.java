package org.partnernetwork.referral.client.organisation;

import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Feign clients of this service ({@code client/<peer>/}); each circuit breaker is named
 * after its peer, as configured in YAML.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackages = "org.partnernetwork.referral.client")
class OrganisationClientConfiguration {

	@Bean
	CircuitBreakerNameResolver circuitBreakerNameResolver() {
		return (feignClientName, target, method) -> feignClientName;
	}

	/**
	 * The service's own client-credentials token from Keycloak, kept until it nearly
	 * expires, for what its outbox posts in its own name.
	 */
	@Bean
	OAuth2AuthorizedClientManager serviceTokens(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService authorizedClients) {
		var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		return manager;
	}

}
