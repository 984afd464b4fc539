package org.partnernetwork.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.TestIssuer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The decoder Boot builds from the gateway's token checks keeps exactly one timestamp
 * check, the gateway's: with a skew set above Spring's default of 60 s (90 s here), a
 * token expired 75 s ago passes, which it could not if Spring's own check had been added
 * beside it; 100 s ago it is refused.
 */
class TokenChecksTest {

	static final TestIssuer issuer = TestIssuer.shared();

	final ReactiveWebApplicationContextRunner gateway = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ReactiveOAuth2ResourceServerAutoConfiguration.class))
		.withUserConfiguration(TokenChecks.class)
		.withPropertyValues("TOKEN_CLOCK_SKEW=90s",
				"spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuerUri(),
				"spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.jwkSetUri(),
				"spring.security.oauth2.resourceserver.jwt.audiences=" + TestIssuer.AUDIENCE);

	@ParameterizedTest(name = "expired {0} s ago with 90 s of skew: accepted {1}")
	@CsvSource({ "100, false", "91, false", "75, true", "61, true", "10, true" })
	void shouldReplaceSpringsTimestampCheckWithTheGatewaysSkew(int secondsAgo, boolean accepted) {
		String token = issuer.token().user(DemoUser.SOPHEA).expiresAt(Instant.now().minusSeconds(secondsAgo)).build();

		gateway.run(context -> {
			ReactiveJwtDecoder decoder = context.getBean(ReactiveJwtDecoder.class);
			if (accepted) {
				assertThat(decoder.decode(token).block().getSubject()).isNotBlank();
			}
			else {
				assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(JwtValidationException.class)
					.hasMessageContaining("expired");
			}
		});
	}

}
