package org.partnernetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TypedTest {

	@Test
	void shouldReadKhmerDigitsAsDigitsAndKeepTheRestAsTyped() {
		assertThat(Typed.westernDigits("១២")).isEqualTo("12");
		assertThat(Typed.westernDigits(" ១ 2 ")).isEqualTo(" 1 2 ");
		assertThat(Typed.westernDigits(null)).isNull();
	}

	@Test
	void shouldReadANumberWithoutTheSpacesAroundIt() {
		assertThat(Typed.number(" ១៦ ")).isEqualTo("16");
		assertThat(Typed.number(null)).isNull();
	}

	@Test
	void shouldReadAnIsoDayOrNothing() {
		assertThat(Typed.day(" 2026-12-01 ")).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(Typed.day("1 December 2026")).isNull();
		assertThat(Typed.day(" ")).isNull();
		assertThat(Typed.day(null)).isNull();
	}

	@Test
	void shouldReadAnIdOnlyWhenItIsWholeAndWellFormed() {
		assertThat(Typed.uuid("5a1f0e2c-8d3b-4c7a-9e61-2b4d6f8a0c11"))
			.contains(UUID.fromString("5a1f0e2c-8d3b-4c7a-9e61-2b4d6f8a0c11"));
		assertThat(Typed.uuid("5a1f0e2c-8d3b-4c7a-9e61")).isEmpty();
		assertThat(Typed.uuid("not-an-id-not-an-id-not-an-id-000000")).isEmpty();
		assertThat(Typed.uuid(null)).isEmpty();
	}

}
