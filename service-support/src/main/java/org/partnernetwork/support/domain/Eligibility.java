package org.partnernetwork.support.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Whom a service or an opening takes: an age range, either end of which may be open, and
 * a sex ({@code any}, {@code female}, {@code male}; none given is any). The one place
 * that judges whether a child fits: referral-service asks it of the receiving service the
 * directory describes, vocational-service of an opening's terms. The searches (the
 * directory's services, the openings) say the same rule in their SQL, to find what fits
 * rather than judge one child.
 */
// as the directory publishes it, which may say more
@JsonIgnoreProperties(ignoreUnknown = true)
public record Eligibility(Integer minAge, Integer maxAge, String sex) {

	public static final String ANY_SEX = "any";

	/** What a service that states no eligibility takes: anyone. */
	public static final Eligibility ANYONE = new Eligibility(null, null, ANY_SEX);

	public boolean admits(int age, String childSex) {
		return admitsAge(age) && admitsSex(childSex);
	}

	public boolean admitsAge(int age) {
		return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
	}

	public boolean admitsSex(String childSex) {
		return sex == null || ANY_SEX.equals(sex) || sex.equals(childSex);
	}

	/**
	 * The ages it takes as a person reads them: {@code 16–24}, {@code 0–17},
	 * {@code 6–any}.
	 */
	public String ages() {
		return (minAge == null ? "0" : minAge) + "–" + (maxAge == null ? "any" : maxAge);
	}
}
