package org.partnernetwork.gateway.limit;

import java.util.function.Predicate;

import org.partnernetwork.gateway.bearer.BearerTokens;
import org.partnernetwork.gateway.config.GatewayProperties;
import org.partnernetwork.gateway.problem.GatewayProblems;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.web.server.WebFilter;

/**
 * The gateway's rate limits, for its security chains to place where they belong. They are
 * not web filter beans: a bean of that kind runs for every request by itself, outside the
 * chains, and would count it twice.
 */
public final class RateLimits {

	private final RateLimitFilter perCaller;

	private final InvalidTokenLimitFilter invalidTokens;

	/**
	 * @param verified whether a bearer token is one the gateway has already verified (and
	 * still holds valid)
	 * @param callers each caller's allowance (in memory, or in Redis for every replica)
	 */
	public RateLimits(GatewayProperties properties, GatewayProblems problems, Predicate<String> verified,
			CallerAllowance callers) {
		this.perCaller = new RateLimitFilter(callers, problems);
		this.invalidTokens = new InvalidTokenLimitFilter(properties.invalidTokenLimit(), verified, problems);
	}

	/**
	 * Each caller's allowance, one for the API and the pages together: once the caller is
	 * known.
	 */
	public WebFilter perCaller() {
		return perCaller;
	}

	/**
	 * Each client address's allowance of tokens that fail verification: before a token is
	 * verified.
	 */
	public WebFilter beforeTokenVerification() {
		return invalidTokens;
	}

	/**
	 * Counts every bearer token that fails verification against its address's allowance,
	 * then lets it fail.
	 */
	public ServerAuthenticationFailureHandler countingInvalidTokens(ServerAuthenticationFailureHandler failure) {
		return (webFilterExchange, exception) -> {
			if (BearerTokens.isInvalid(exception)) {
				invalidTokens.failed(webFilterExchange.getExchange());
			}
			return failure.onAuthenticationFailure(webFilterExchange, exception);
		};
	}

}
