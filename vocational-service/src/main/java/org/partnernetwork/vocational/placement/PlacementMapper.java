package org.partnernetwork.vocational.placement;

import java.util.List;

import org.partnernetwork.vocational.opening.OpeningViews.OpeningSummary;
import org.partnernetwork.vocational.placement.PlacementAccess.Visible;
import org.partnernetwork.vocational.placement.PlacementViews.ConsentView;
import org.partnernetwork.vocational.placement.PlacementViews.Dates;
import org.partnernetwork.vocational.placement.PlacementViews.Parties;
import org.partnernetwork.vocational.placement.PlacementViews.PlacementSummary;
import org.partnernetwork.vocational.placement.PlacementViews.PlacementView;
import org.partnernetwork.vocational.placement.SealedFields.Field;
import org.springframework.stereotype.Component;

/**
 * Maps a placement to what its two organisations see, opening sealed text only for them.
 */
@Component
class PlacementMapper {

	private final SealedFields sealed;

	PlacementMapper(SealedFields sealed) {
		this.sealed = sealed;
	}

	PlacementView view(Visible visible, OpeningSummary opening) {
		PlacementEntity placement = visible.placement();
		List<String> actions = !visible.mayAct() ? List.of()
				: PlacementAction.available(placement.status(), visible.side())
					.stream()
					.map(PlacementAction::path)
					.toList();
		return new PlacementView(placement.id(), opening, placement.status(), parties(placement),
				sealed.open(placement.id(), Field.CASE_REFERENCE, placement.sealedCaseReference()), placement.age(),
				placement.sex(), placement.referralId(),
				sealed.open(placement.id(), Field.NOTE, placement.sealedNote()), placement.holdUntil(),
				placement.closureCode(), actions, dates(placement), placement.version(), consent(placement.consent()));
	}

	private static ConsentView consent(SeatConsent consent) {
		return consent == null ? null : new ConsentView(consent.givenBy(), consent.childAssented(),
				consent.recordedAt(), consent.recordedBy(), consent.centre(), consent.trade());
	}

	static PlacementSummary summary(PlacementEntity placement, OpeningSummary opening) {
		return new PlacementSummary(placement.id(), opening, placement.status(), parties(placement), placement.age(),
				placement.sex(), placement.referralId() != null, placement.holdUntil(), placement.closureCode(),
				dates(placement));
	}

	private static Parties parties(PlacementEntity placement) {
		return new Parties(placement.centre(), placement.requesterOrganisation(), placement.requesterContact());
	}

	private static Dates dates(PlacementEntity placement) {
		return new Dates(placement.createdAt(), placement.offeredAt(), placement.enrolledAt(), placement.closedAt(),
				placement.updatedAt());
	}

}
