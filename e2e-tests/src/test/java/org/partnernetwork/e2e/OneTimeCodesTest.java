package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The test's authenticator app against RFC 6238's own test vectors (SHA-1, 8 digits shown
 * there; 6 here).
 */
class OneTimeCodesTest {

	private static final byte[] RFC_6238_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void shouldMakeTheCodesOfRfc6238sTestVectors() {
		// RFC 6238 appendix B: 94287082, 07081804, 14050471, 89005924 (the last six
		// digits are the 6-digit codes)
		assertThat(OneTimeCodes.code(RFC_6238_KEY, 59 / 30)).isEqualTo("287082");
		assertThat(OneTimeCodes.code(RFC_6238_KEY, 1111111109L / 30)).isEqualTo("081804");
		assertThat(OneTimeCodes.code(RFC_6238_KEY, 1111111111L / 30)).isEqualTo("050471");
		assertThat(OneTimeCodes.code(RFC_6238_KEY, 1234567890L / 30)).isEqualTo("005924");
	}

	@Test
	void shouldReadTheBase32KeyAnAuthenticatorAppIsGiven() {
		assertThat(OneTimeCodes.base32("IRSW232PORYFG33LNBQUC4DMMUZDAMRW"))
			.isEqualTo("DemoOtpSokhaAple2026".getBytes(StandardCharsets.US_ASCII));
	}

}
