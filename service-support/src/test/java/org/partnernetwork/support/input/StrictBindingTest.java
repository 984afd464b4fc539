package org.partnernetwork.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.autoconfigure.web.format.DateTimeFormatters;
import org.springframework.boot.autoconfigure.web.format.WebConversionService;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;

/**
 * A parameter is bound as Spring MVC binds it — converters first, then Spring's lenient
 * defaults when a converter refuses — and still only what is written exactly in its form
 * is taken.
 */
class StrictBindingTest {

	enum Colour {

		RED, GREEN

	}

	@ParameterizedTest(name = "\"{0}\" is no whole number")
	@ValueSource(strings = { "0x10", "#10", " 5", "5 ", "1.5", "1e3", "12.0", "five", "99999999999999999999", "" })
	void shouldRefuseWhatIsNotAWholeNumberInDecimalDigits(String text) {
		assertThatThrownBy(() -> binder().convertIfNecessary(text, int.class))
			.isInstanceOf(TypeMismatchException.class);
		if (!text.isEmpty()) {
			assertThatThrownBy(() -> binder().convertIfNecessary(text, Long.class))
				.isInstanceOf(TypeMismatchException.class);
		}
	}

	@ParameterizedTest(name = "\"{0}\" is no code")
	@ValueSource(strings = { " RED", "RED ", "red", "0", "RED\t", "BLUE" })
	void shouldTakeOnlyExactCodes(String text) {
		assertThatThrownBy(() -> binder().convertIfNecessary(text, Colour.class))
			.isInstanceOf(TypeMismatchException.class);
	}

	@ParameterizedTest(name = "\"{0}\" is no flag")
	@ValueSource(strings = { "1", "0", "yes", "on", "TRUE", " true", "" })
	void shouldTakeOnlyTrueOrFalseAsAFlag(String text) {
		assertThatThrownBy(() -> binder().convertIfNecessary(text, boolean.class))
			.isInstanceOf(TypeMismatchException.class);
	}

	@Test
	void shouldTakeWholeNumbersAndCodesAsWritten() throws Exception {
		WebDataBinder binder = binder();
		MethodParameter colours = new MethodParameter(getClass().getDeclaredMethod("colours", Set.class), 0);

		assertThat(binder.convertIfNecessary("42", int.class)).isEqualTo(42);
		assertThat(binder.convertIfNecessary("-7", Long.class)).isEqualTo(-7L);
		assertThat(binder.convertIfNecessary("", Integer.class)).isNull();
		assertThat(binder.convertIfNecessary("GREEN", Colour.class)).isEqualTo(Colour.GREEN);
		assertThat(binder.convertIfNecessary("false", boolean.class)).isFalse();
		assertThat(binder.convertIfNecessary("", Boolean.class)).isNull();
		assertThat(binder.convertIfNecessary("RED,GREEN", Set.class, colours))
			.isEqualTo(Set.of(Colour.RED, Colour.GREEN));
		assertThatThrownBy(() -> binder.convertIfNecessary("RED, GREEN", Set.class, colours))
			.isInstanceOf(TypeMismatchException.class);
	}

	void colours(Set<Colour> colours) {
	}

	private static WebDataBinder binder() {
		var conversions = new WebConversionService(new DateTimeFormatters());
		new StrictParameters().addFormatters(conversions);
		var binder = new WebDataBinder(null);
		binder.setConversionService(conversions);
		new StrictBinding().readParametersAsWritten(binder);
		return binder;
	}

}
