package org.partnernetwork.vocational.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.vocational.client.referral.PartnerEvent;
import org.partnernetwork.vocational.opening.CambodianDates;
import org.partnernetwork.vocational.opening.OpeningViews.OpeningSummary;
import org.partnernetwork.vocational.opening.Openings;
import org.partnernetwork.vocational.outbox.Outbox;
import org.partnernetwork.vocational.placement.PlacementAccess.Visible;
import org.partnernetwork.vocational.placement.PlacementInputs.ActionRequest;
import org.partnernetwork.vocational.placement.PlacementViews.PlacementView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The actions on a placement (offer, decline, enrol, complete, drop-out, withdraw), each
 * in one transaction with its seat and, for a placement that names a referral, the event
 * for the referral's timeline. Two people acting on one placement at once: the first
 * wins, the second gets 409 (the version). Many offers for the last seat at once: one
 * gets it, the others 409.
 */
@Service
class PlacementTransitions {

	private final PlacementRepository placements;

	private final PlacementAccess access;

	private final PlacementMapper mapper;

	private final Openings openings;

	private final Seats seats;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PlacementTransitions(PlacementRepository placements, PlacementAccess access, PlacementMapper mapper,
			Openings openings, Seats seats, Outbox outbox, AuditTrail audit, TransactionTemplate transaction,
			Clock clock) {
		this.placements = placements;
		this.access = access;
		this.mapper = mapper;
		this.openings = openings;
		this.seats = seats;
		this.outbox = outbox;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	PlacementView act(UUID id, PlacementAction action, ActionRequest request, CurrentUser user) {
		String code = PlacementCodes.code(action, request);
		return transaction.execute(status -> {
			Visible visible = access.find(id, user);
			PlacementEntity placement = visible.placement();
			OpeningSummary opening = openings.summary(placement.openingId());
			Instant now = clock.instant();
			LocalDate today = CambodianDates.dayOf(now);
			LocalDate holdUntil = PlacementCodes.holdUntil(action, request, today, opening.startDate());
			boolean heldSeat = placement.status().holdsSeat();
			placement.apply(action, visible.side(), code, holdUntil, today, opening.startDate(), now);
			// the versioned update first: a concurrent twin waits on the row, then gets
			// 409
			placements.flush();
			seats.settle(placement, heldSeat, today, now);
			tellReferral(placement, action, now);
			SeatRequestNews.after(action, placement, now).ifPresent(outbox::notify);
			audit.record(user, action.path(), id, AuditOutcome.ALLOWED);
			return mapper.view(visible, opening);
		});
	}

	private void tellReferral(PlacementEntity placement, PlacementAction action, Instant now) {
		if (placement.referralId() != null && action.timelineEvent() != null) {
			outbox.record(placement.referralId(), placement.id(), new PartnerEvent(UUID.randomUUID(),
					action.timelineEvent(), placement.centre(), placement.closureCode(), now));
		}
	}

}
