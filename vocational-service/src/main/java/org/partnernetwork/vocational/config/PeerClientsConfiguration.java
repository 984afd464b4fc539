package org.partnernetwork.vocational.config;

import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calls to other services: one Feign client per peer in {@code client/<peer>/}, each with a circuit
 * breaker named after its peer (configured in YAML).
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackages = "org.partnernetwork.vocational.client")
class PeerClientsConfiguration {

	@Bean
	CircuitBreakerNameResolver circuitBreakerNameResolver() {
		return (feignClientName, target, method) -> feignClientName;
	}
}
