package org.partnernetwork.vocational.opening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.partnernetwork.support.domain.Eligibility;
import org.partnernetwork.support.domain.FieldError;
import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.vocational.opening.OpeningInputs.OpeningRequest;

/**
 * What a centre offers on an opening: the trade, who may apply, when, and on what terms.
 */
@Embeddable
class OpeningTerms {

	private String trade;

	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "title_km")
	private String titleKm;

	private String province;

	private int minAge;

	private int maxAge;

	private String sex;

	private int seats;

	private LocalDate startDate;

	private int durationWeeks;

	private LocalDate applicationDeadline;

	private boolean stipend;

	private Integer stipendMonthlyUsd;

	private boolean boarding;

	private boolean literacyRequired;

	private String certificate;

	protected OpeningTerms() {
	}

	/**
	 * The terms of a request, checked across fields: refused naming each field that does
	 * not fit. A start date (and deadline) in the past is refused only when it is new: an
	 * opening that has started keeps its date.
	 */
	static OpeningTerms of(OpeningRequest request, LocalDate today, OpeningTerms current) {
		List<FieldError> errors = new ArrayList<>();
		if (request.maxAge() < request.minAge()) {
			errors.add(new FieldError("maxAge", "must not be below minAge"));
		}
		boolean newStart = current == null || !request.startDate().equals(current.startDate);
		if (newStart && request.startDate().isBefore(today)) {
			errors.add(new FieldError("startDate", "must not be in the past"));
		}
		if (request.applicationDeadline().isAfter(request.startDate())) {
			errors.add(new FieldError("applicationDeadline", "must not be after startDate"));
		}
		boolean newDeadline = current == null || !request.applicationDeadline().equals(current.applicationDeadline);
		if (newDeadline && request.applicationDeadline().isBefore(today)) {
			errors.add(new FieldError("applicationDeadline", "must not be in the past"));
		}
		if (request.stipendMonthlyUsd() != null && !request.stipend()) {
			errors.add(new FieldError("stipendMonthlyUsd", "give an amount only with stipend: true"));
		}
		if (!errors.isEmpty()) {
			throw InvalidField.of(errors);
		}
		var terms = new OpeningTerms();
		terms.trade = request.trade();
		terms.titleEn = request.title().en().strip();
		terms.titleKm = request.title().km() == null || request.title().km().isBlank() ? null
				: request.title().km().strip();
		terms.province = request.province();
		terms.minAge = request.minAge();
		terms.maxAge = request.maxAge();
		terms.sex = request.sex();
		terms.seats = request.seats();
		terms.startDate = request.startDate();
		terms.durationWeeks = request.durationWeeks();
		terms.applicationDeadline = request.applicationDeadline();
		terms.stipend = request.stipend();
		terms.stipendMonthlyUsd = request.stipendMonthlyUsd();
		terms.boarding = request.boarding();
		terms.literacyRequired = request.literacyRequired();
		terms.certificate = request.certificate() == null || request.certificate().isBlank() ? null
				: request.certificate().strip();
		return terms;
	}

	/** What about a young person does not fit: each field with what the opening takes. */
	List<FieldError> misfits(int age, String youngPersonSex, LocalDate today) {
		List<FieldError> misfits = new ArrayList<>();
		Eligibility takes = new Eligibility(minAge, maxAge, sex);
		if (!takes.admitsAge(age)) {
			misfits.add(new FieldError("age", "the opening takes ages " + takes.ages()));
		}
		if (!takes.admitsSex(youngPersonSex)) {
			misfits.add(new FieldError("sex", "the opening takes " + sex + " young people only"));
		}
		if (applicationDeadline.isBefore(today)) {
			misfits.add(new FieldError("applicationDeadline", "applications closed on " + applicationDeadline));
		}
		return misfits;
	}

	String trade() {
		return trade;
	}

	String titleEn() {
		return titleEn;
	}

	String titleKm() {
		return titleKm;
	}

	String province() {
		return province;
	}

	int minAge() {
		return minAge;
	}

	int maxAge() {
		return maxAge;
	}

	String sex() {
		return sex;
	}

	int seats() {
		return seats;
	}

	LocalDate startDate() {
		return startDate;
	}

	int durationWeeks() {
		return durationWeeks;
	}

	LocalDate applicationDeadline() {
		return applicationDeadline;
	}

	boolean stipend() {
		return stipend;
	}

	Integer stipendMonthlyUsd() {
		return stipendMonthlyUsd;
	}

	boolean boarding() {
		return boarding;
	}

	boolean literacyRequired() {
		return literacyRequired;
	}

	String certificate() {
		return certificate;
	}

}
