package org.partnernetwork.tokenchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

class TokenTimesTest {

	private final JwtTimestampValidator fiveSeconds = TokenTimes.withClockSkew(TokenTimes.DEFAULT_CLOCK_SKEW);

	@ParameterizedTest(name = "expiring in {0} s: accepted {1}")
	@CsvSource({ "-60, false", "-7, false", "-3, true", "10, true" })
	void shouldAllowFiveSecondsOfSkewOnExpiry(int seconds, boolean accepted) {
		Jwt token = token().expiresAt(Instant.now().plusSeconds(seconds)).build();

		assertThat(fiveSeconds.validate(token).hasErrors()).isEqualTo(!accepted);
	}

	@ParameterizedTest(name = "valid from {0} s from now: accepted {1}")
	@CsvSource({ "60, false", "7, false", "3, true", "-10, true" })
	void shouldAllowFiveSecondsOfSkewOnNotBefore(int seconds, boolean accepted) {
		Jwt token = token().expiresAt(Instant.now().plusSeconds(300))
			.notBefore(Instant.now().plusSeconds(seconds))
			.build();

		assertThat(fiveSeconds.validate(token).hasErrors()).isEqualTo(!accepted);
	}

	@Test
	void shouldRefuseATokenThatNeverExpires() {
		assertThat(fiveSeconds.validate(token().build()).hasErrors()).isTrue();
	}

	@Test
	void shouldReadTheSkewFromTheSettingThenTheEnvironmentVariableThenFiveSeconds() {
		assertThat(TokenTimes.CLOCK_SKEW).isEqualTo("${partner-network.token-clock-skew:${TOKEN_CLOCK_SKEW:5s}}");
		assertThat(TokenTimes.DEFAULT_CLOCK_SKEW).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void shouldReadTheSkewAsTheSettingsWriteIt() {
		Jwt expiredEightSecondsAgo = token().expiresAt(Instant.now().minusSeconds(8)).build();

		assertThat(TokenTimes.withClockSkew("10s").validate(expiredEightSecondsAgo).hasErrors()).isFalse();
		assertThat(TokenTimes.withClockSkew("PT10S").validate(expiredEightSecondsAgo).hasErrors()).isFalse();
		assertThat(TokenTimes.withClockSkew("5s").validate(expiredEightSecondsAgo).hasErrors()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> TokenTimes.withClockSkew("soon"))
			.withMessageContaining("TOKEN_CLOCK_SKEW");
	}

	@Test
	void shouldRefuseASkewBelowZeroOrLongerThanAnAccessTokenLives() {
		assertThatIllegalArgumentException().isThrownBy(() -> TokenTimes.withClockSkew(Duration.ofSeconds(-1)))
			.withMessageContaining("TOKEN_CLOCK_SKEW");
		assertThatIllegalArgumentException().isThrownBy(() -> TokenTimes.withClockSkew(Duration.ofMinutes(6)));
		assertThat(TokenTimes.withClockSkew(Duration.ZERO)).isNotNull();
		assertThat(TokenTimes.withClockSkew(TokenTimes.LARGEST_CLOCK_SKEW)).isNotNull();
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("token").header("alg", "RS256").subject("sophea.aple").claim("typ", "Bearer");
	}

}
