package org.partnernetwork.organisation.hsds;

import org.partnernetwork.organisation.directory.DirectoryViews.Eligibility;

/**
 * A service's eligibility in words, for HSDS's {@code eligibility_description}: HSDS 3.0
 * has structured fields for the ages ({@code minimum_age}, {@code maximum_age}) but none
 * for sex.
 */
final class HsdsEligibility {

	private HsdsEligibility() {
	}

	/**
	 * "Ages 6 to 17; any sex.", "Ages 16 and over; female only.", "All ages; any sex."
	 */
	static String describe(Eligibility eligibility) {
		return ages(eligibility.minAge(), eligibility.maxAge()) + "; " + sex(eligibility.sex()) + ".";
	}

	private static String ages(Integer min, Integer max) {
		if (min == null && max == null) {
			return "All ages";
		}
		if (max == null) {
			return "Ages " + min + " and over";
		}
		return min == null ? "Ages up to " + max : "Ages " + min + " to " + max;
	}

	/** The directory's codes: {@code any}, {@code female}, {@code male}. */
	private static String sex(String sex) {
		return switch (sex) {
			case "female" -> "female only";
			case "male" -> "male only";
			default -> "any sex";
		};
	}

}
