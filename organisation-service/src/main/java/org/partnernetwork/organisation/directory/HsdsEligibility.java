package org.partnernetwork.organisation.directory;

/**
 * A service's eligibility in words, for HSDS's {@code eligibility_description}: HSDS 3.0 has structured
 * fields for the ages ({@code minimum_age}, {@code maximum_age}) but none for sex.
 */
final class HsdsEligibility {

	private HsdsEligibility() {
	}

	/** "Ages 6 to 17; any sex.", "Ages 16 and over; female only.", "All ages; any sex." */
	static String describe(ServiceEntity service) {
		return ages(service.minAge(), service.maxAge()) + "; " + sex(service.sexEligibility()) + ".";
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

	private static String sex(ServiceEntity.Sex sex) {
		return switch (sex) {
			case ANY -> "any sex";
			case FEMALE -> "female only";
			case MALE -> "male only";
		};
	}
}
