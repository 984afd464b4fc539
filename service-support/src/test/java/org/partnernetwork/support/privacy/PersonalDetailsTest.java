package org.partnernetwork.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnernetwork.support.privacy.PersonalDetails.Kind;

/** The patterns a summary, note or reason is refused for, and what is let through. */
class PersonalDetailsTest {

	@ParameterizedTest(name = "{1} in \"{0}\"")
	@CsvSource(delimiter = '|', textBlock = """
			Call the aunt on 012 345 678 after school.      | PHONE
			Mother's phone 0971234567                       | PHONE
			097-123-4567                                    | PHONE
			reach the family at 012.345.678                 | PHONE
			+855 12 345 678                                 | PHONE
			855-12-345-678                                  | PHONE
			+855 (0)12 345 678                              | PHONE
			00855 97 123 4567                               | PHONE
			+44 20 7946 0958                                | PHONE
			+1 (202) 555-0143                               | PHONE
			ទូរស័ព្ទ ០១២ ៣៤៥ ៦៧៨                             | PHONE
			០៩៧១២៣៤៥៦៧                                      | PHONE
			+៨៥៥ ១២ ៣៤៥ ៦៧៨                                 | PHONE
			write to sokha.keo@example.org                  | EMAIL
			caseworker: dara+aple@mail.gov.kh               | EMAIL
			name: Sokha                                     | NAME
			Name - Dara                                     | NAME
			NAME=Dara                                       | NAME
			Full name: Keo Sokha                            | NAME
			surname: Keo                                    | NAME
			ឈ្មោះ សុខា                                        | NAME
			ឈ្មោះ៖ សុខា                                       | NAME
			កុមារឈ្មោះដារ៉ា                                    | NAME
			""")
	void shouldFindWhatLooksPersonal(String text, Kind kind) {
		assertThat(PersonalDetails.find(text)).contains(kind);
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "Boy, 12, needs counselling twice a month after testifying.",
			"Referred in 2024, again in 2025.", "Attended 12 sessions out of 20.", "Girl aged 15, Grade 9.",
			"Hearing on 2026-11-20 at 09:00.", "Court date 12/05/2024; next 05.12.2024.",
			"Between 2019 and 2024 she lived in Kandal.", "Needs 1,500,000 riel for fees.", "Ages 6 to 17, 3-5 hours.",
			"Named as a witness; the name of the school is withheld.", "Renamed the file.",
			"ក្មេងប្រុស អាយុ ១២ ឆ្នាំ ត្រូវការការប្រឹក្សា ២ ដងក្នុងមួយខែ", "ឆ្នាំ ២០២៤", "12 + 3 sessions",
			"Score 85/100, ranked 855th.", "" })
	void shouldLetThroughYearsCountsAgesAndDates(String text) {
		assertThat(PersonalDetails.find(text)).isEmpty();
	}

	@Test
	void shouldSayWhatItLooksLikeInEnglishOrKhmerWithoutRepeatingIt() {
		record Note(@NoPersonalDetails String text) {
		}
		Note note = new Note("Call 012 345 678");

		assertThat(messages(note, Locale.ENGLISH)).singleElement()
			.satisfies(message -> assertThat(message).startsWith("looks like a phone number").doesNotContain("345"));
		assertThat(messages(note, Locale.forLanguageTag("km"))).singleElement()
			.satisfies(message -> assertThat(message).contains("លេខទូរស័ព្ទ").doesNotContain("345"));
		assertThat(messages(new Note("Needs 12 sessions"), Locale.ENGLISH)).isEmpty();
	}

	private static Set<String> messages(Object bean, Locale locale) {
		var interpolator = new ResourceBundleMessageInterpolator();
		Validator validator = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new jakarta.validation.MessageInterpolator() {
				@Override
				public String interpolate(String template, Context context) {
					return interpolator.interpolate(template, context, locale);
				}

				@Override
				public String interpolate(String template, Context context, Locale ignored) {
					return interpolator.interpolate(template, context, locale);
				}
			})
			.buildValidatorFactory()
			.getValidator();
		return validator.validate(bean)
			.stream()
			.map(ConstraintViolation::getMessage)
			.collect(java.util.stream.Collectors.toSet());
	}

}
