package org.partnernetwork.gateway.security;

import org.partnernetwork.tokenchecks.AccessTokensOnly;
import org.partnernetwork.tokenchecks.TokenTimes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * What a bearer token must pass besides its signature, the same as in every service
 * (token-checks). Boot's reactive JWT decoder checks the issuer and the audience and adds
 * every token validator bean: these two.
 */
@Configuration(proxyBeanMethods = false)
class TokenChecks {

	/** It is an access token ({@link AccessTokensOnly}). */
	@Bean
	AccessTokensOnly accessTokensOnly() {
		return new AccessTokensOnly();
	}

	/**
	 * It has an expiry, and it is neither expired nor not yet valid, with the deliberate
	 * clock skew of {@code TOKEN_CLOCK_SKEW} (5 s unless set; {@link TokenTimes}). Boot's
	 * decoder adds Spring's own timestamp check, with 60 s of skew, only when no
	 * validator of this type is among the beans: this one replaces it.
	 */
	@Bean
	JwtTimestampValidator tokenTimes(@Value(TokenTimes.CLOCK_SKEW) String skew) {
		return TokenTimes.withClockSkew(skew);
	}

}
