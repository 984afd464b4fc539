package org.partnernetwork.portal.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnernetwork.portal.training.Training.Opening;
import org.partnernetwork.portal.web.Provinces;

/**
 * An opening as the centre's staff filled it in, kept as typed so the page can show it again: the trade, its
 * title in English and Khmer, province, ages, who may apply, seats, dates, and its terms. {@code version} is
 * the one read before editing, so a change made meanwhile by someone else is not overwritten.
 */
public record OpeningForm(String trade, String titleEn, String titleKm, String province, String minAge,
		String maxAge, String sex, String seats, String startDate, String durationWeeks, String applicationDeadline,
		String stipend, String stipendMonthlyUsd, String boarding, String literacyRequired, String certificate,
		String version) {

	/** The fields a sentence can stand beside, in the form's order. */
	static final List<String> FIELDS = List.of("trade", "titleEn", "titleKm", "province", "minAge", "maxAge", "sex",
			"seats", "startDate", "durationWeeks", "applicationDeadline", "stipendMonthlyUsd", "certificate");

	public OpeningForm {
		minAge = TrainingNames.westernDigits(minAge);
		maxAge = TrainingNames.westernDigits(maxAge);
		seats = TrainingNames.westernDigits(seats);
		durationWeeks = TrainingNames.westernDigits(durationWeeks);
		stipendMonthlyUsd = TrainingNames.westernDigits(stipendMonthlyUsd);
	}

	static OpeningForm blank() {
		return new OpeningForm(null, null, null, null, null, null, "any", "1", null, null, null, null, null, null, null,
				null, null);
	}

	static OpeningForm of(Opening o) {
		return new OpeningForm(o.trade(), o.title() == null ? null : o.title().en(),
				o.title() == null ? null : o.title().km(), o.province(), String.valueOf(o.minAge()),
				String.valueOf(o.maxAge()), o.sex(), String.valueOf(o.seats()), String.valueOf(o.startDate()),
				String.valueOf(o.durationWeeks()), String.valueOf(o.applicationDeadline()), flag(o.stipend()),
				o.stipendMonthlyUsd() == null ? null : String.valueOf(o.stipendMonthlyUsd()), flag(o.boarding()),
				flag(o.literacyRequired()), o.certificate(), String.valueOf(o.version()));
	}

	/**
	 * The fields the portal already knows to be wrong; days in the past only for a new opening, since one
	 * that has started keeps its dates.
	 */
	Set<String> invalidFields(boolean posting) {
		Set<String> invalid = new LinkedHashSet<>();
		LocalDate today = TrainingNames.today();
		check(invalid, "trade", trade != null && trade.strip().matches(TrainingNames.TRADE));
		check(invalid, "titleEn", titleEn != null && !titleEn.isBlank() && titleEn.strip().length() <= 200);
		check(invalid, "titleKm", titleKm == null || titleKm.strip().length() <= 200);
		check(invalid, "province", province != null && Provinces.exists(province));
		check(invalid, "minAge", number(minAge, 0, 30) != null);
		check(invalid, "maxAge", number(maxAge, 0, 30) != null
				&& (number(minAge, 0, 30) == null || number(maxAge, 0, 30) >= number(minAge, 0, 30)));
		check(invalid, "sex", sex != null && sex.matches("any|female|male"));
		check(invalid, "seats", number(seats, 1, 500) != null);
		LocalDate start = day(startDate);
		LocalDate deadline = day(applicationDeadline);
		check(invalid, "startDate", start != null && !(posting && start.isBefore(today)));
		check(invalid, "durationWeeks", number(durationWeeks, 1, 260) != null);
		check(invalid, "applicationDeadline", deadline != null && !(posting && deadline.isBefore(today))
				&& (start == null || !deadline.isAfter(start)));
		check(invalid, "stipendMonthlyUsd", blank(stipendMonthlyUsd)
				|| number(stipendMonthlyUsd, 1, 2000) != null && yes(stipend));
		check(invalid, "certificate", certificate == null || certificate.strip().length() <= 120);
		return invalid;
	}

	/** vocational-service's body: every field of an opening, and the version only when editing. */
	Map<String, Object> body(boolean posting) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("trade", trade.strip());
		Map<String, String> title = new LinkedHashMap<>();
		title.put("en", titleEn.strip());
		title.put("km", blank(titleKm) ? null : titleKm.strip());
		body.put("title", title);
		body.put("province", province);
		body.put("minAge", Integer.parseInt(minAge));
		body.put("maxAge", Integer.parseInt(maxAge));
		body.put("sex", sex);
		body.put("seats", Integer.parseInt(seats));
		body.put("startDate", startDate.strip());
		body.put("durationWeeks", Integer.parseInt(durationWeeks));
		body.put("applicationDeadline", applicationDeadline.strip());
		body.put("stipend", yes(stipend));
		body.put("stipendMonthlyUsd", blank(stipendMonthlyUsd) ? null : Integer.parseInt(stipendMonthlyUsd));
		body.put("boarding", yes(boarding));
		body.put("literacyRequired", yes(literacyRequired));
		body.put("certificate", blank(certificate) ? null : certificate.strip());
		if (!posting) {
			body.put("version", Long.parseLong(version));
		}
		return body;
	}

	boolean hasVersion() {
		return version != null && version.matches("\\d{1,18}");
	}

	public boolean yes(String flag) {
		return "true".equals(flag);
	}

	private static String flag(boolean value) {
		return value ? "true" : null;
	}

	private static Integer number(String text, int min, int max) {
		if (text == null || !text.matches("\\d{1,4}")) {
			return null;
		}
		int value = Integer.parseInt(text);
		return value < min || value > max ? null : value;
	}

	private static LocalDate day(String text) {
		try {
			return blank(text) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADay) {
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static void check(Set<String> invalid, String field, boolean valid) {
		if (!valid) {
			invalid.add(field);
		}
	}
}
