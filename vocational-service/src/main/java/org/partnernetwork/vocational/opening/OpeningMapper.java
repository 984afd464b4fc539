package org.partnernetwork.vocational.opening;

import org.partnernetwork.vocational.opening.OpeningViews.OpeningSummary;
import org.partnernetwork.vocational.opening.OpeningViews.OpeningView;
import org.partnernetwork.vocational.opening.OpeningViews.Title;

/** Maps an opening to what the API shows of it. */
final class OpeningMapper {

	private OpeningMapper() {
	}

	static OpeningView view(OpeningEntity opening) {
		OpeningTerms terms = opening.terms();
		return new OpeningView(opening.id(), opening.centre(), terms.trade(), title(terms), terms.province(),
				terms.minAge(), terms.maxAge(), terms.sex(), terms.seats(), opening.seatsFree(), terms.startDate(),
				terms.durationWeeks(), terms.applicationDeadline(), terms.stipend(), terms.stipendMonthlyUsd(),
				terms.boarding(), terms.literacyRequired(), terms.certificate(), opening.status(), opening.createdAt(),
				opening.updatedAt(), opening.closedAt(), opening.version());
	}

	static OpeningSummary summary(OpeningEntity opening) {
		OpeningTerms terms = opening.terms();
		return new OpeningSummary(opening.id(), opening.centre(), terms.trade(), title(terms), terms.province(),
				terms.startDate(), terms.durationWeeks());
	}

	private static Title title(OpeningTerms terms) {
		return new Title(terms.titleEn(), terms.titleKm());
	}

}
