package org.partnernetwork.tokenchecks;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Only an access token opens the API. Keycloak signs ID tokens (claim {@code typ: ID}),
 * logout tokens and access tokens ({@code typ: Bearer}) with the same realm key and
 * issuer. Today an ID token fails the audience check, but one mapper in the realm that
 * adds the API's audience to ID tokens would turn every ID token — which a browser's
 * JavaScript or a log may hold — into a key to children's cases. The gateway and every
 * service check it with this one class.
 */
public final class AccessTokensOnly implements OAuth2TokenValidator<Jwt> {

	static final String ACCESS_TOKEN_TYPE = "Bearer";

	private static final OAuth2Error NOT_AN_ACCESS_TOKEN = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
			"The token is not an access token", null);

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		return ACCESS_TOKEN_TYPE.equals(token.getClaimAsString("typ")) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(NOT_AN_ACCESS_TOKEN);
	}

}
