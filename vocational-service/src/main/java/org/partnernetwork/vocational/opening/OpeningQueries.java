package org.partnernetwork.vocational.opening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.PageResponse;
import org.partnernetwork.vocational.opening.OpeningViews.OpeningView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding openings: anyone signed in searches those still taking requests; a centre lists
 * all of its own.
 */
@Service
@Transactional(readOnly = true)
class OpeningQueries {

	private final OpeningRepository openings;

	private final Clock clock;

	OpeningQueries(OpeningRepository openings, Clock clock) {
		this.openings = openings;
		this.clock = clock;
	}

	/** The criteria of a search; null means any. {@code sex} is the young person's. */
	record Criteria(String trade, String province, Integer age, String sex, LocalDate startsFrom, String centre) {
	}

	PageResponse<OpeningView> search(Criteria criteria, int page, int size) {
		return PageResponse.of(
				openings.search(CambodianDates.today(clock), criteria.trade(), criteria.province(), criteria.age(),
						criteria.sex(), criteria.startsFrom(), criteria.centre(), PageRequest.of(page, size)),
				OpeningMapper::view);
	}

	PageResponse<OpeningView> ownCentre(CurrentUser user, int page, int size) {
		return PageResponse.of(openings.findByCentreOrderByTermsStartDateDescIdAsc(user.actingOrganisation(),
				PageRequest.of(page, size)), OpeningMapper::view);
	}

	OpeningView opening(UUID id) {
		return openings.findById(id).map(OpeningMapper::view).orElseThrow(() -> OpeningNotFoundException.forId(id));
	}

}
