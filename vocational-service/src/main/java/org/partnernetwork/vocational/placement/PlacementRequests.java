package org.partnernetwork.vocational.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.idempotency.Created;
import org.partnernetwork.support.idempotency.Creation;
import org.partnernetwork.support.idempotency.IdempotentCreates;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.vocational.client.referral.ReferralCheck;
import org.partnernetwork.vocational.opening.CambodianDates;
import org.partnernetwork.vocational.opening.OpeningViews.OpeningSummary;
import org.partnernetwork.vocational.opening.Openings;
import org.partnernetwork.vocational.outbox.Outbox;
import org.partnernetwork.vocational.placement.PlacementEntity.NewPlacement;
import org.partnernetwork.vocational.placement.PlacementInputs.SeatRequest;
import org.partnernetwork.vocational.placement.PlacementViews.PlacementView;
import org.partnernetwork.vocational.placement.SealedFields.Field;
import org.springframework.stereotype.Service;

/**
 * A coordinator asking for a seat. Before anything is saved: the opening is open, its
 * deadline has not passed and the young person fits its age and sex (422 saying what does
 * not fit); consent for this centre and trade is given ({@link SeatConsent}); a named
 * referral is one the requesting organisation can see, asked of referral-service with the
 * caller's token (404 if not, 503 if it cannot say). Under an {@code Idempotency-Key}, a
 * retry answers with the request the first one made (service-support's
 * {@link IdempotentCreates}).
 */
@Service
class PlacementRequests {

	private final PlacementRepository placements;

	private final PlacementQueries queries;

	private final SealedFields sealed;

	private final Openings openings;

	private final ReferralCheck referralCheck;

	private final IdempotentCreates creates;

	private final AuditTrail audit;

	private final Outbox outbox;

	private final Clock clock;

	PlacementRequests(PlacementRepository placements, PlacementQueries queries, SealedFields sealed, Openings openings,
			ReferralCheck referralCheck, IdempotentCreates creates, AuditTrail audit, Outbox outbox, Clock clock) {
		this.placements = placements;
		this.queries = queries;
		this.sealed = sealed;
		this.openings = openings;
		this.referralCheck = referralCheck;
		this.creates = creates;
		this.audit = audit;
		this.outbox = outbox;
		this.clock = clock;
	}

	Created<PlacementView> request(SeatRequest request, CurrentUser user, String idempotencyKey, String bearerToken) {
		return creates
			.create(user.actingOrganisation(), idempotencyKey, request, earlier -> earlier,
					() -> check(request, user, bearerToken))
			.map(id -> queries.placement(id, user));
	}

	/**
	 * Everything a seat request must pass before it is saved; answers the save, which
	 * answers the new id.
	 */
	private Creation<UUID> check(SeatRequest request, CurrentUser user, String bearerToken) {
		Instant now = clock.instant();
		OpeningSummary opening = openings.admit(request.openingId(), request.age(), request.sex(),
				CambodianDates.dayOf(now));
		SeatConsent consent = SeatConsent.of(request.consent(), opening.centre(), opening.trade(), user.username(),
				now);
		if (request.referralId() != null) {
			referralCheck.requireVisible(request.referralId(), bearerToken);
		}
		UUID id = UUID.randomUUID();
		return new Creation<>(id, () -> save(id, opening, request, consent, user, now));
	}

	private UUID save(UUID id, OpeningSummary opening, SeatRequest request, SeatConsent consent, CurrentUser user,
			Instant now) {
		PlacementEntity placement = placements.save(new PlacementEntity(id,
				new NewPlacement(opening.id(), opening.centre(), user.actingOrganisation(), user.username(),
						user.userId(), sealed.seal(id, Field.CASE_REFERENCE, request.caseReference()), request.age(),
						request.sex(), request.referralId(), sealed.seal(id, Field.NOTE, request.note()), consent),
				now));
		outbox.notify(SeatRequestNews.received(placement, now));
		audit.record(user, "create", id, AuditOutcome.ALLOWED);
		return id;
	}

}
