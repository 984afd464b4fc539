package org.partnernetwork.gateway.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class RateLimitKeyTest {

	static final String SUBJECT = "5b1f0a3e-8d2c-4c5e-9a41-0f3c2b7d6e10";

	@Test
	void shouldCountABearerTokenAndASignedInSessionOfOnePersonAsOneUser() {
		Instant now = Instant.now();
		Jwt accessToken = Jwt.withTokenValue("access")
			.header("alg", "RS256")
			.subject(SUBJECT)
			.claim("preferred_username", "sophea.aple")
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
		var idToken = new OidcIdToken("id", now, now.plusSeconds(300),
				Map.of("sub", SUBJECT, "preferred_username", "sophea.aple"));
		var authorities = AuthorityUtils.createAuthorityList("OIDC_USER");
		var session = new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, idToken, "preferred_username"),
				authorities, "keycloak");

		String bearerKey = RateLimitFilter.userKey(new JwtAuthenticationToken(accessToken, List.of()));

		assertThat(bearerKey).isEqualTo("user:" + SUBJECT);
		assertThat(RateLimitFilter.userKey(session)).isEqualTo(bearerKey);
	}

}
