package org.partnernetwork.portal.training;

import java.util.LinkedHashSet;
import java.util.Set;

import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Provinces;
import org.partnernetwork.portal.web.Typed;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search for openings as the person filled it in: trade, province, the young person's
 * age and sex, and the referral a seat would be asked for (carried into every opening's
 * link). Kept as typed. {@code mine=true} lists a centre's own openings instead, closed
 * ones and those past their deadline too.
 */
public record OpeningSearchForm(String trade, String province, String age, String sex, String referral, String mine,
		String page) {

	static final FormFields FIELDS = FormFields.of("trade", "province", "age", "sex");

	static final int PAGE_SIZE = 20;

	public OpeningSearchForm {
		age = Typed.number(age);
		page = Typed.number(page);
	}

	/** The fields the portal already knows to be wrong. */
	Set<String> invalidFields() {
		Set<String> invalid = new LinkedHashSet<>();
		if (present(trade) && !trade.strip().matches(TrainingNames.TRADE)) {
			invalid.add("trade");
		}
		if (present(province) && !Provinces.exists(province.strip())) {
			invalid.add("province");
		}
		if (present(age) && !(age.matches("\\d{1,2}") && Integer.parseInt(age) <= 30)) {
			invalid.add("age");
		}
		if (present(sex) && !sex.matches("female|male|other")) {
			invalid.add("sex");
		}
		return invalid;
	}

	/** Whether a centre's staff asked for their own centre's openings. */
	public boolean own() {
		return "true".equals(mine);
	}

	/** The referral's id if it is one; anything else is dropped, never carried on. */
	public String referralId() {
		return Typed.uuid(referral).map(Object::toString).orElse(null);
	}

	int pageNumber() {
		return present(page) && page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0;
	}

	/** vocational-service's query: only the fields filled in. */
	MultiValueMap<String, String> criteria() {
		MultiValueMap<String, String> criteria = own() ? new LinkedMultiValueMap<>() : filters();
		if (own()) {
			criteria.add("mine", "true");
		}
		criteria.add("page", String.valueOf(pageNumber()));
		criteria.add("size", String.valueOf(PAGE_SIZE));
		return criteria;
	}

	/** This search's address for another page of results. */
	public String pageUrl(int number) {
		var url = UriComponentsBuilder.fromPath("/training")
			.queryParams(own() ? new LinkedMultiValueMap<>() : filters());
		if (own()) {
			url.queryParam("mine", "true");
		}
		if (referralId() != null) {
			url.queryParam("referral", referralId());
		}
		return url.queryParam("page", number).build().encode().toUriString();
	}

	private MultiValueMap<String, String> filters() {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		for (var field : new String[][] { { "trade", trade }, { "province", province }, { "age", age },
				{ "sex", sex } }) {
			if (present(field[1])) {
				filters.add(field[0], field[1].strip());
			}
		}
		return filters;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
