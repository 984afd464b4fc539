package org.partnernetwork.gateway.limit;

import org.partnernetwork.gateway.config.GatewayProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import reactor.core.publisher.Mono;

/**
 * Where each caller's allowance is kept: in Redis when
 * {@code partner-network.gateway.redis.enabled} ({@code GATEWAY_REDIS_ENABLED}), so that
 * every replica counts against the same one; otherwise in this gateway's memory.
 */
@Configuration(proxyBeanMethods = false)
class CallerAllowances {

	static final String REDIS_ENABLED = "partner-network.gateway.redis.enabled";

	@Bean
	@ConditionalOnBooleanProperty(REDIS_ENABLED)
	CallerAllowance redisCallerAllowance(RedisRateLimiter limiter, GatewayProperties properties) {
		return new RedisCallerAllowance(limiter, properties.rateLimit());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = REDIS_ENABLED, havingValue = false, matchIfMissing = true)
	CallerAllowance inMemoryCallerAllowance(GatewayProperties properties) {
		TokenBuckets buckets = new TokenBuckets(properties.rateLimit(), System::nanoTime);
		return caller -> Mono.fromSupplier(() -> {
			TokenBuckets.Take take = buckets.take(caller);
			return take.granted() ? CallerAllowance.Outcome.GRANTED
					: CallerAllowance.Outcome.refused(take.retryAfterSeconds());
		});
	}

}
