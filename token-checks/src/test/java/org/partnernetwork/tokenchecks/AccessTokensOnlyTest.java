package org.partnernetwork.tokenchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The gateway's and the services' copies of this test, merged when the check came to live
 * here once.
 */
class AccessTokensOnlyTest {

	private final AccessTokensOnly validator = new AccessTokensOnly();

	@Test
	void shouldAcceptAnAccessToken() {
		assertThat(validator.validate(token("Bearer")).hasErrors()).isFalse();
	}

	@Test
	void shouldRefuseAnIdTokenALogoutTokenAndATokenThatDoesNotSayWhatItIs() {
		assertThat(validator.validate(token("ID")).hasErrors()).isTrue();
		assertThat(validator.validate(token("Logout")).hasErrors()).isTrue();
		assertThat(validator.validate(token("bearer")).hasErrors()).isTrue();
		assertThat(validator.validate(token(null)).getErrors())
			.anyMatch(error -> error.getErrorCode().equals("invalid_token"));
	}

	private static Jwt token(String type) {
		Jwt.Builder token = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("sophea.aple")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300));
		if (type != null) {
			token.claim("typ", type);
		}
		return token.build();
	}

}
