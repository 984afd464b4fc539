package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a referral says about the child, and nothing more: no name, no date of birth, no
 * address.
 */
@Embeddable
class ChildDetails {

	@Column(name = "child_sex")
	private String sex;

	@Column(name = "child_age_years")
	private Integer ageYears;

	@Column(name = "child_birth_year")
	private Integer birthYear;

	@Column(name = "child_province")
	private String province;

	@Column(name = "child_languages")
	private String languages;

	protected ChildDetails() {
	}

	ChildDetails(String sex, Integer ageYears, Integer birthYear, String province, List<String> languages) {
		this.sex = sex;
		this.ageYears = ageYears;
		this.birthYear = birthYear;
		this.province = province;
		this.languages = String.join(",", languages);
	}

	/**
	 * The age to check eligibility with: as given, or the year of {@code now} (UTC) minus
	 * the birth year.
	 */
	int ageAt(Instant now) {
		return ageYears != null ? ageYears : Year.from(now.atZone(ZoneOffset.UTC)).getValue() - birthYear;
	}

	String sex() {
		return sex;
	}

	Integer ageYears() {
		return ageYears;
	}

	Integer birthYear() {
		return birthYear;
	}

	String province() {
		return province;
	}

	List<String> languages() {
		return languages.isEmpty() ? List.of() : Arrays.asList(languages.split(","));
	}

}
