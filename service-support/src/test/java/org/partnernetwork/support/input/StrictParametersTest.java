package org.partnernetwork.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.web.format.DateTimeFormatters;
import org.springframework.boot.autoconfigure.web.format.WebConversionService;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;

/**
 * Query parameters are read as written: exact codes, decimal whole numbers, plausible ISO
 * dates.
 */
class StrictParametersTest {

	enum Colour {

		RED, GREEN

	}

	private final WebConversionService conversions = conversions();

	@ParameterizedTest(name = "\"{0}\" is no code")
	@ValueSource(strings = { " RED", "RED ", "red", "0", "1", "RED\t", "BLUE" })
	void shouldTakeOnlyExactCodes(String text) {
		assertThatThrownBy(() -> conversions.convert(text, Colour.class)).isInstanceOf(ConversionFailedException.class);
		TypeDescriptor setOfColours = TypeDescriptor.collection(Set.class, TypeDescriptor.valueOf(Colour.class));
		assertThatThrownBy(
				() -> conversions.convert("GREEN," + text, TypeDescriptor.valueOf(String.class), setOfColours))
			.isInstanceOf(ConversionFailedException.class);
	}

	@ParameterizedTest(name = "\"{0}\" is no plausible date")
	@ValueSource(strings = { "+999999999-01-01", "1899-12-31", "2100-01-01", "2026-02-30", "0000-01-01" })
	void shouldRefuseImplausibleDates(String text) {
		assertThatThrownBy(() -> conversions.convert(text, LocalDate.class))
			.isInstanceOf(ConversionFailedException.class);
		assertThatThrownBy(() -> conversions.convert(text + "T00:00:00Z", Instant.class))
			.isInstanceOf(ConversionFailedException.class);
	}

	@org.junit.jupiter.api.Test
	void shouldReadWhatIsWrittenAsTheApiSaysIt() {
		TypeDescriptor listOfColours = TypeDescriptor.collection(List.class, TypeDescriptor.valueOf(Colour.class));

		assertThat(conversions.convert("RED,GREEN", TypeDescriptor.valueOf(String.class), listOfColours))
			.isEqualTo(List.of(Colour.RED, Colour.GREEN));
		assertThat(conversions.convert("", TypeDescriptor.valueOf(String.class), listOfColours)).isEqualTo(List.of());
		assertThat(conversions.convert("2026-11-01", LocalDate.class)).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(conversions.convert("2026-11-01T08:00:00Z", Instant.class))
			.isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
	}

	private static WebConversionService conversions() {
		var conversions = new WebConversionService(new DateTimeFormatters());
		new StrictParameters().addFormatters(conversions);
		return conversions;
	}

}
