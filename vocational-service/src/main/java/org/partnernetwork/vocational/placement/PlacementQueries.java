package org.partnernetwork.vocational.placement;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.support.domain.Forbidden;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.Box;
import org.partnernetwork.support.web.PageResponse;
import org.partnernetwork.vocational.opening.Openings;
import org.partnernetwork.vocational.placement.PlacementViews.OutcomeSummary;
import org.partnernetwork.vocational.placement.PlacementViews.PlacementSummary;
import org.partnernetwork.vocational.placement.PlacementViews.PlacementView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of placements, each by one of its two organisations; an organisation's outcome
 * summary.
 */
@Service
@Transactional(readOnly = true)
class PlacementQueries {

	private static final String CENTRE_STAFF = "centre-staff";

	private static final String COORDINATOR = "coordinator";

	private static final String SUPERVISOR = "supervisor";

	private final PlacementRepository placements;

	private final PlacementAccess access;

	private final PlacementMapper mapper;

	private final Openings openings;

	PlacementQueries(PlacementRepository placements, PlacementAccess access, PlacementMapper mapper,
			Openings openings) {
		this.placements = placements;
		this.access = access;
		this.mapper = mapper;
		this.openings = openings;
	}

	PlacementView placement(UUID id, CurrentUser user) {
		var visible = access.find(id, user);
		return mapper.view(visible, openings.summary(visible.placement().openingId()));
	}

	PageResponse<PlacementSummary> box(CurrentUser user, String box, Set<PlacementStatus> statuses, int page,
			int size) {
		String organisation = user.actingOrganisation();
		Set<PlacementStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(PlacementStatus.class) : statuses;
		var pageRequest = PageRequest.of(page, size);
		Page<PlacementEntity> found = Box.of(box) == Box.INCOMING
				? placements.incoming(organisation, wanted, pageRequest)
				: placements.outgoing(organisation, wanted, pageRequest);
		var opening = openings.summaries(found.map(PlacementEntity::openingId).toSet());
		return PageResponse.of(found,
				placement -> PlacementMapper.summary(placement, opening.get(placement.openingId())));
	}

	/**
	 * The caller's organisation's placements in numbers: those asked of its centre
	 * ({@code incoming}, for its staff), or those it asked for ({@code outgoing}, for its
	 * coordinators and supervisors); 403 for another role.
	 */
	OutcomeSummary outcomes(CurrentUser user, String box) {
		String organisation = user.actingOrganisation();
		if (Box.of(box) == Box.INCOMING) {
			requireRole(user, CENTRE_STAFF);
			return OutcomeTally.of(Box.INCOMING, organisation, placements.tally(organisation));
		}
		requireRole(user, COORDINATOR, SUPERVISOR);
		return OutcomeTally.of(Box.OUTGOING, organisation, placements.tallyRequested(organisation));
	}

	private static void requireRole(CurrentUser user, String... roles) {
		if (Arrays.stream(roles).noneMatch(user::hasRole)) {
			throw Forbidden.of("forbidden");
		}
	}

}
