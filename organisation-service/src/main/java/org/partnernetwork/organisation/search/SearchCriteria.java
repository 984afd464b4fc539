package org.partnernetwork.organisation.search;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.partnernetwork.organisation.directory.Codes;
import org.partnernetwork.support.web.ApiPatterns;

/**
 * What a coordinator looks for: a service type, a province served, a child's age and sex,
 * a language, a capacity, free text in English or Khmer; and the order of the answer (by
 * relevance, the default, or by name). Every part is optional; values are checked, so a
 * typo answers 400 rather than an empty list that looks like "no help exists".
 */
public record SearchCriteria(
		@Pattern(regexp = ApiPatterns.SERVICE_TYPE, message = "must be a service type code") String serviceType,
		@Pattern(regexp = Codes.PROVINCE, message = "must be a province code KH-1 … KH-25") String province,
		@Min(0) @Max(120) Integer age, @Pattern(regexp = "female|male", message = "must be female or male") String sex,
		@Pattern(regexp = ApiPatterns.LANGUAGE, message = "must be an ISO 639 language code") String language,
		@Pattern(regexp = Codes.CAPACITY, message = "must be available, waitlist or full") String capacity,
		@Size(max = 100) String q,
		@Pattern(regexp = "relevance|name", message = "must be relevance or name") String sort) {

	boolean filtersServices() {
		return serviceType != null || province != null || age != null || sex != null || language != null
				|| capacity != null;
	}

	boolean hasText() {
		return q != null && !q.isBlank();
	}

	boolean byName() {
		return "name".equals(sort);
	}

	String upperSex() {
		return sex == null ? null : sex.toUpperCase(Locale.ROOT);
	}

	String upperCapacity() {
		return capacity == null ? null : capacity.toUpperCase(Locale.ROOT);
	}
}
