package org.partnernetwork.tokenchecks;

import java.time.Duration;

import org.springframework.format.datetime.standard.DurationFormatterUtils;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * When a token may be used: it has an expiry, and it is neither expired nor not yet
 * valid, allowing for clocks that drift apart (Keycloak's and the checking process's) a
 * skew of a few seconds, not Spring's 60. The skew is {@value #CLOCK_SKEW_VARIABLE} (or
 * {@code partner-network.token-clock-skew}), {@code 5s} unless set, read by the gateway
 * and every service through {@link #CLOCK_SKEW} and {@link #withClockSkew(String)}.
 */
public final class TokenTimes {

	/** The environment variable that sets the skew everywhere. */
	public static final String CLOCK_SKEW_VARIABLE = "TOKEN_CLOCK_SKEW";

	private static final long DEFAULT_CLOCK_SKEW_SECONDS = 5;

	public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(DEFAULT_CLOCK_SKEW_SECONDS);

	/**
	 * Beyond this, an expired token would stay usable for longer than a Keycloak access
	 * token lives.
	 */
	public static final Duration LARGEST_CLOCK_SKEW = Duration.ofMinutes(5);

	/**
	 * Where the skew is read, for {@code @Value}: the setting, else the environment
	 * variable, else the default.
	 */
	public static final String CLOCK_SKEW = "${partner-network.token-clock-skew:${" + CLOCK_SKEW_VARIABLE + ":"
			+ DEFAULT_CLOCK_SKEW_SECONDS + "s}}";

	private TokenTimes() {
	}

	/**
	 * The check, with the skew as it is set ({@code 5s}, {@code 500ms}, {@code PT5S}).
	 * @throws IllegalArgumentException if that is no duration, is negative or is above
	 * {@link #LARGEST_CLOCK_SKEW}
	 */
	public static JwtTimestampValidator withClockSkew(String setting) {
		Duration skew;
		try {
			skew = DurationFormatterUtils.detectAndParse(setting.strip());
		}
		catch (RuntimeException notADuration) {
			throw new IllegalArgumentException(CLOCK_SKEW_VARIABLE + " must be a duration such as 5s, not " + setting);
		}
		return withClockSkew(skew);
	}

	/**
	 * The check, with this skew. A token decoder given a {@link JwtTimestampValidator}
	 * does not add Spring's own (60 s of skew) beside it.
	 * @throws IllegalArgumentException if the skew is negative or above
	 * {@link #LARGEST_CLOCK_SKEW}
	 */
	public static JwtTimestampValidator withClockSkew(Duration skew) {
		if (skew.isNegative() || skew.compareTo(LARGEST_CLOCK_SKEW) > 0) {
			throw new IllegalArgumentException(
					CLOCK_SKEW_VARIABLE + " must be between 0s and " + LARGEST_CLOCK_SKEW + ", not " + skew);
		}
		var times = new JwtTimestampValidator(skew);
		times.setAllowEmptyExpiryClaim(false);
		return times;
	}

}
