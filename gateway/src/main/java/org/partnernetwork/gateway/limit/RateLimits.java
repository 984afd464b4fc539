package org.partnernetwork.gateway.limit;

import org.partnernetwork.gateway.config.GatewayProperties;
import org.partnernetwork.gateway.problem.GatewayProblems;
import org.springframework.stereotype.Component;
import org.springframework.web.server.WebFilter;

/**
 * The gateway's rate limits, for its security chains to place where the caller is known. They are not web filter
 * beans: a bean of that kind runs for every request by itself, outside the chains, and would count it twice.
 */
@Component
public final class RateLimits {

	private final RateLimitFilter perCaller;

	RateLimits(GatewayProperties properties, GatewayProblems problems) {
		this.perCaller = new RateLimitFilter(properties.rateLimit(), problems);
	}

	/** Each caller's allowance, one for the API and the pages together. */
	public WebFilter perCaller() {
		return perCaller;
	}
}
