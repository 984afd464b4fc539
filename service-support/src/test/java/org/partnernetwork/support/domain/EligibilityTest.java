package org.partnernetwork.support.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a child fits whom a service or an opening takes. */
class EligibilityTest {

	@ParameterizedTest(name = "{0}–{1}, {2}: a {4} of {3} fits: {5}")
	@CsvSource(nullValues = "none", value = { "6, 17, any, 6, male, true", "6, 17, any, 17, female, true",
			"6, 17, any, 5, male, false", "6, 17, any, 18, male, false", "none, 17, female, 0, female, true",
			"16, none, any, 60, other, true", "none, none, none, 12, other, true", "6, 17, female, 12, male, false",
			"6, 17, female, 12, other, false", "16, 24, male, 16, male, true" })
	void shouldTakeAChildOfItsAgesAndSexOnly(Integer minAge, Integer maxAge, String sex, int age, String childSex,
			boolean fits) {
		assertThat(new Eligibility(minAge, maxAge, sex).admits(age, childSex)).isEqualTo(fits);
	}

	@ParameterizedTest(name = "{0}–{1} reads {2}")
	@CsvSource(nullValues = "none", value = { "16, 24, 16–24", "none, 17, 0–17", "6, none, 6–any" })
	void shouldSayWhichAgesItTakes(Integer minAge, Integer maxAge, String ages) {
		assertThat(new Eligibility(minAge, maxAge, "any").ages()).isEqualTo(ages);
	}

	@ParameterizedTest(name = "anyone: a {1} of {0}")
	@CsvSource({ "0, female", "99, male", "12, other" })
	void shouldTakeAnyoneWhereNoEligibilityIsStated(int age, String sex) {
		assertThat(Eligibility.ANYONE.admits(age, sex)).isTrue();
	}

}
