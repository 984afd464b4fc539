package org.partnernetwork.gateway.session;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.ReactiveSessionRepositoryCustomizer;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;
import org.springframework.session.data.redis.config.annotation.web.server.EnableRedisWebSession;

/**
 * Browser sessions in Redis (Spring Session) when
 * {@code partner-network.gateway.redis.enabled} ({@code GATEWAY_REDIS_ENABLED}): a
 * person's sign-in, the sign-in in progress and the tokens the gateway relays for them
 * are found by whichever replica of the gateway the next request reaches. They expire
 * after {@code server.reactive.session.timeout} without a request, as in memory. Without
 * the setting the sessions stay in this gateway's memory (Boot's in-memory store; Spring
 * Boot's own Redis sessions are switched off in application.yml so that having Redis on
 * the class path changes nothing).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("partner-network.gateway.redis.enabled")
@EnableRedisWebSession
class RedisSessions {

	@Bean
	ReactiveSessionRepositoryCustomizer<ReactiveRedisSessionRepository> sessionTimeout(
			@Value("${server.reactive.session.timeout}") Duration timeout) {
		return sessions -> sessions.setDefaultMaxInactiveInterval(timeout);
	}

}
