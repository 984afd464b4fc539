package org.partnernetwork.gateway.security;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Puts a {@link VerifiedTokenCache} in front of the bearer-token decoder Spring Boot
 * configures, unless {@code partner-network.gateway.verified-token-cache} is false (the
 * load test's "before" gateway).
 */
@Configuration(proxyBeanMethods = false)
class VerifiedTokenCacheConfiguration {

	static final String ENABLED = "partner-network.gateway.verified-token-cache";

	@Bean
	static BeanPostProcessor verifiedTokenCache(Environment environment) {
		boolean enabled = environment.getProperty(ENABLED, Boolean.class, true);
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return enabled && bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokenCache)
						? new VerifiedTokenCache(decoder, Clock.systemUTC(), VerifiedTokenCache.MAX_TOKENS) : bean;
			}
		};
	}

}
