package org.partnernetwork.gateway.limit;

import org.partnernetwork.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

import reactor.core.publisher.Mono;

/**
 * Each caller's allowance in Redis, with Spring Cloud Gateway's {@link RedisRateLimiter}:
 * a token bucket per caller that every replica of the gateway takes from atomically (one
 * Lua script per request). The limiter counts whole tokens per second, so a rate below
 * one request a second (or a fraction) is kept by making each request cost several
 * tokens. Should Redis fail, the limiter lets the request through: the platform stays up
 * without its rate limit rather than the other way round.
 */
final class RedisCallerAllowance implements CallerAllowance {

	/**
	 * The limiter's name for this allowance (its configurations are per route; this is no
	 * route).
	 */
	static final String LIMITER_ID = "partner-network-callers";

	private static final int MOST_TOKENS_PER_REQUEST = 1000;

	private final RedisRateLimiter limiter;

	private final RedisRateLimiter.Config config;

	RedisCallerAllowance(RedisRateLimiter limiter, GatewayProperties.RateLimit settings) {
		this.limiter = limiter;
		this.config = configOf(settings);
		limiter.getConfig().put(LIMITER_ID, config);
	}

	@Override
	public Mono<Outcome> take(String caller) {
		return limiter.isAllowed(LIMITER_ID, caller).map(response -> {
			if (response.isAllowed()) {
				return Outcome.GRANTED;
			}
			long remaining = parse(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER));
			long missing = Math.max(1, config.getRequestedTokens() - remaining);
			return Outcome.refused((missing + config.getReplenishRate() - 1) / config.getReplenishRate());
		});
	}

	/**
	 * The bucket in whole tokens: each request costs the fewest tokens that make the rate
	 * a whole number of tokens a second.
	 */
	static RedisRateLimiter.Config configOf(GatewayProperties.RateLimit settings) {
		int tokensPerRequest = 1;
		while (tokensPerRequest < MOST_TOKENS_PER_REQUEST && !whole(settings.requestsPerSecond() * tokensPerRequest)) {
			tokensPerRequest++;
		}
		int replenishRate = (int) Math.max(1, Math.round(settings.requestsPerSecond() * tokensPerRequest));
		return new RedisRateLimiter.Config().setReplenishRate(replenishRate)
			.setBurstCapacity((long) settings.burst() * tokensPerRequest)
			.setRequestedTokens(tokensPerRequest);
	}

	private static boolean whole(double tokens) {
		return Math.abs(tokens - Math.rint(tokens)) < 1e-9 && tokens >= 1;
	}

	private static long parse(String header) {
		try {
			return header == null ? 0 : Math.max(0, Long.parseLong(header));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
