package org.partnernetwork.portal.directory;

import java.util.LinkedHashSet;
import java.util.Set;

import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Provinces;
import org.partnernetwork.portal.web.Typed;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The "Find help" form as the person filled it in, kept as typed so the page can show it
 * again. The age is the child's, in years. Fields the portal can check itself are checked
 * here; the directory checks the rest.
 */
public record FindForm(String serviceType, String province, String age, String sex, String language, String q,
		String page) {

	/**
	 * The fields a sentence can stand beside; anything else the directory refuses is
	 * "other".
	 */
	static final FormFields FIELDS = FormFields.of("serviceType", "province", "age", "sex", "language", "q");

	static final int PAGE_SIZE = 10;

	static final int MAX_AGE = 120;

	static final int MAX_TEXT = 100;

	/** Khmer digits (០–៩) typed on a Khmer keyboard count as digits. */
	public FindForm {
		age = Typed.westernDigits(age);
		page = Typed.westernDigits(page);
	}

	/**
	 * Whether the person asked for a search (any field present, even empty), not just
	 * opened the page.
	 */
	boolean submitted() {
		return serviceType != null || province != null || age != null || sex != null || language != null || q != null
				|| page != null;
	}

	/** The fields the portal already knows to be wrong. */
	Set<String> invalidFields() {
		Set<String> invalid = new LinkedHashSet<>();
		if (present(age) && !isAge(age.strip())) {
			invalid.add("age");
		}
		if (present(province) && !Provinces.exists(province)) {
			invalid.add("province");
		}
		if (present(sex) && !sex.matches("female|male")) {
			invalid.add("sex");
		}
		if (present(q) && q.strip().length() > MAX_TEXT) {
			invalid.add("q");
		}
		return invalid;
	}

	int pageNumber() {
		return present(page) && page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0;
	}

	/** The directory's query: only the fields filled in, trimmed. */
	MultiValueMap<String, String> criteria() {
		MultiValueMap<String, String> criteria = filters();
		criteria.add("page", String.valueOf(pageNumber()));
		criteria.add("size", String.valueOf(PAGE_SIZE));
		return criteria;
	}

	/** This search's address for another page of results. */
	public String pageUrl(int number) {
		return UriComponentsBuilder.fromPath("/find")
			.queryParams(filters())
			.queryParam("page", number)
			.build()
			.encode()
			.toUriString();
	}

	private MultiValueMap<String, String> filters() {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		addIfPresent(filters, "serviceType", serviceType);
		addIfPresent(filters, "province", province);
		addIfPresent(filters, "age", age);
		addIfPresent(filters, "sex", sex);
		addIfPresent(filters, "language", language);
		addIfPresent(filters, "q", q);
		return filters;
	}

	private static void addIfPresent(MultiValueMap<String, String> map, String name, String value) {
		if (present(value)) {
			map.add(name, value.strip());
		}
	}

	private static boolean isAge(String text) {
		return text.matches("\\d{1,3}") && Integer.parseInt(text) <= MAX_AGE;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
