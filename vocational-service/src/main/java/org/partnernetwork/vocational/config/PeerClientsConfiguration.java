package org.partnernetwork.vocational.config;

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
 * The calls to other services: one Feign client per peer in {@code client/<peer>/}, each
 * with a circuit breaker named after its peer (configured in YAML); and the service's own
 * client-credentials token from Keycloak, kept until it nearly expires, for what it does
 * in its own name (the outbox relay).
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackages = "org.partnernetwork.vocational.client")
class PeerClientsConfiguration {

	@Bean
	CircuitBreakerNameResolver circuitBreakerNameResolver() {
		return (feignClientName, target, method) -> feignClientName;
	}

	@Bean
	OAuth2AuthorizedClientManager serviceTokens(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService authorizedClients) {
		var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		return manager;
	}

}
