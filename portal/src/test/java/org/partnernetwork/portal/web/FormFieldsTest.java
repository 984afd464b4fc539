package org.partnernetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class FormFieldsTest {

	private final FormFields referral = FormFields
		.of("caseReference", "age", "sex", "languages", "consent", "consentDate", "overrideReason")
		.besides("child", "age")
		.besides("consent.recordedAt", "consentDate")
		.besides("consent.override.reason", "overrideReason");

	@Test
	void shouldPutARefusalBesideTheFieldOfTheSameName() {
		assertThat(referral.beside("caseReference")).contains("caseReference");
		assertThat(referral.beside("consent")).contains("consent");
	}

	@Test
	void shouldReadAPathAsOneWordOrByItsLastPart() {
		FormFields opening = FormFields.of("titleEn", "titleKm", "email", "provinces");

		assertThat(opening.beside("title.en")).contains("titleEn");
		assertThat(opening.beside("title.km")).contains("titleKm");
		assertThat(opening.beside("contact.email")).contains("email");
		assertThat(opening.beside("provinces[2]")).contains("provinces");
		assertThat(referral.beside("child.sex")).contains("sex");
		assertThat(referral.beside("child.languages[0]")).contains("languages");
	}

	@Test
	void shouldPutWhatTheFormCallsOtherwiseWhereTheFormSays() {
		assertThat(referral.beside("child.ageYears")).contains("age");
		assertThat(referral.beside("child.birthYear")).contains("age");
		assertThat(referral.beside("child")).contains("age");
		assertThat(referral.beside("consent.recordedAt")).contains("consentDate");
		assertThat(referral.beside("consent.override.reason")).contains("overrideReason");
	}

	@Test
	void shouldPutAPartTheFormHasNoFieldForBesideTheNearestEnclosingField() {
		assertThat(referral.beside("consent.givenBy")).contains("consent");
		assertThat(referral.beside("consent.givenOrOverridden")).contains("consent");
	}

	@Test
	void shouldLeaveOutWhatTheFormHasNoFieldFor() {
		assertThat(referral.beside("receiverOrganisation")).isEmpty();
		assertThat(referral.beside("version")).isEmpty();
		assertThat(referral.beside(null)).isEmpty();
		assertThat(referral.named(Arrays.asList("child.ageYears", "summary", null, "consent.recordedAt")))
			.containsExactlyInAnyOrder("age", "consentDate");
	}

	@Test
	void shouldNeverPointBesideAFieldTheFormDoesNotHave() {
		FormFields entry = FormFields.of("nameEn", "email").besides("eligibility", "maxAge");

		assertThat(entry.named(List.of("eligibility", "eligibility.ageRangeOrdered", "contact.email")))
			.containsExactly("email");
	}

}
