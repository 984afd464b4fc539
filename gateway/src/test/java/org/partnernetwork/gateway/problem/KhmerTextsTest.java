package org.partnernetwork.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every problem title and sentence the gateway writes in English exists in Khmer too,
 * written in Khmer script, never left blank (the portal's texts have the same test in the
 * portal).
 */
class KhmerTextsTest {

	@ParameterizedTest
	@ValueSource(strings = { "gateway-messages" })
	void shouldHaveEveryEnglishTextInKhmer(String bundle) throws IOException {
		Properties english = load(bundle + ".properties");
		Properties khmer = load(bundle + "_km.properties");

		assertThat(khmer.stringPropertyNames()).as("keys of " + bundle + "_km")
			.isEqualTo(english.stringPropertyNames());
		assertThat(khmer.stringPropertyNames()).as("blank texts").allMatch(key -> !khmer.getProperty(key).isBlank());
		long inKhmerScript = khmer.stringPropertyNames()
			.stream()
			.filter(key -> khmer.getProperty(key).codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF))
			.count();
		assertThat(inKhmerScript).as("texts written in Khmer script (names such as Partner Network stay as they are)")
			.isGreaterThanOrEqualTo(english.size() * 9L / 10);
	}

	private static Properties load(String resource) throws IOException {
		try (InputStream in = KhmerTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			var properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
