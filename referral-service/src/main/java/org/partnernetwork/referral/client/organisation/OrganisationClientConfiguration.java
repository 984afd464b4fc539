package org.partnernetwork.referral.client.organisation;

import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Feign clients of this service; each circuit breaker is named after its peer, as
 * configured in YAML.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients
class OrganisationClientConfiguration {

	@Bean
	CircuitBreakerNameResolver circuitBreakerNameResolver() {
		return (feignClientName, target, method) -> feignClientName;
	}

}
