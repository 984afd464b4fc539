package org.partnernetwork.portal.training;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.partnernetwork.portal.training.Training.Opening;
import org.partnernetwork.portal.training.TrainingRequests.OpeningRequest;
import org.partnernetwork.portal.training.TrainingRequests.Title;
import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Provinces;
import org.partnernetwork.portal.web.Typed;

/**
 * An opening as the centre's staff filled it in, kept as typed so the page can show it
 * again: the trade, its title in English and Khmer, province, ages, who may apply, seats,
 * dates, and its terms. {@code version} is the one read before editing, so a change made
 * meanwhile by someone else is not overwritten.
 */
public record OpeningForm(String trade, String titleEn, String titleKm, String province, String minAge, String maxAge,
		String sex, String seats, String startDate, String durationWeeks, String applicationDeadline, String stipend,
		String stipendMonthlyUsd, String boarding, String literacyRequired, String certificate, String version) {

	/**
	 * The fields a sentence can stand beside; the stipend's flag is said beside its
	 * amount.
	 */
	static final FormFields FIELDS = FormFields
		.of("trade", "titleEn", "titleKm", "province", "minAge", "maxAge", "sex", "seats", "startDate", "durationWeeks",
				"applicationDeadline", "stipendMonthlyUsd", "certificate")
		.besides("title", "titleEn")
		.besides("stipend", "stipendMonthlyUsd");

	public OpeningForm {
		minAge = Typed.number(minAge);
		maxAge = Typed.number(maxAge);
		seats = Typed.number(seats);
		durationWeeks = Typed.number(durationWeeks);
		stipendMonthlyUsd = Typed.number(stipendMonthlyUsd);
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
	 * The fields the portal already knows to be wrong; days in the past only for a new
	 * opening, since one that has started keeps its dates.
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
		LocalDate start = Typed.day(startDate);
		LocalDate deadline = Typed.day(applicationDeadline);
		check(invalid, "startDate", start != null && !(posting && start.isBefore(today)));
		check(invalid, "durationWeeks", number(durationWeeks, 1, 260) != null);
		check(invalid, "applicationDeadline", deadline != null && !(posting && deadline.isBefore(today))
				&& (start == null || !deadline.isAfter(start)));
		check(invalid, "stipendMonthlyUsd",
				blank(stipendMonthlyUsd) || number(stipendMonthlyUsd, 1, 2000) != null && yes(stipend));
		check(invalid, "certificate", certificate == null || certificate.strip().length() <= 120);
		return invalid;
	}

	/**
	 * vocational-service's request: every field of an opening, and the version only when
	 * editing.
	 */
	OpeningRequest request(boolean posting) {
		return new OpeningRequest(trade.strip(), new Title(titleEn.strip(), blank(titleKm) ? null : titleKm.strip()),
				province, Integer.valueOf(minAge), Integer.valueOf(maxAge), sex, Integer.valueOf(seats),
				Typed.day(startDate), Integer.valueOf(durationWeeks), Typed.day(applicationDeadline), yes(stipend),
				blank(stipendMonthlyUsd) ? null : Integer.valueOf(stipendMonthlyUsd), yes(boarding),
				yes(literacyRequired), blank(certificate) ? null : certificate.strip(),
				posting ? null : Long.valueOf(version));
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

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static void check(Set<String> invalid, String field, boolean valid) {
		if (!valid) {
			invalid.add(field);
		}
	}
}
