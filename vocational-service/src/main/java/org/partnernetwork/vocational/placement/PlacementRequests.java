package org.partnernetwork.vocational.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.idempotency.IdempotencyKeys;
import org.partnernetwork.support.idempotency.IdempotencyKeys.Claim;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.vocational.client.referral.ReferralCheck;
import org.partnernetwork.vocational.opening.CambodianDates;
import org.partnernetwork.vocational.opening.Openings;
import org.partnernetwork.vocational.opening.OpeningViews.OpeningSummary;
import org.partnernetwork.vocational.placement.PlacementEntity.NewPlacement;
import org.partnernetwork.vocational.placement.PlacementInputs.SeatRequest;
import org.partnernetwork.vocational.placement.PlacementViews.PlacementView;
import org.partnernetwork.vocational.placement.SealedFields.Field;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator asking for a seat. Before anything is saved: the opening is open, its deadline has not
 * passed and the young person fits its age and sex (422 saying what does not fit); a named referral is one
 * the requesting organisation can see, asked of referral-service with the caller's token (404 if not, 503
 * if it cannot say). Under an {@code Idempotency-Key}, a retry answers with the request the first one made.
 */
@Service
public class PlacementRequests {

	private final PlacementRepository placements;

	private final PlacementQueries queries;

	private final SealedFields sealed;

	private final Openings openings;

	private final ReferralCheck referralCheck;

	private final IdempotencyKeys idempotency;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PlacementRequests(PlacementRepository placements, PlacementQueries queries, SealedFields sealed, Openings openings,
			ReferralCheck referralCheck, IdempotencyKeys idempotency, AuditTrail audit, TransactionTemplate transaction,
			Clock clock) {
		this.placements = placements;
		this.queries = queries;
		this.sealed = sealed;
		this.openings = openings;
		this.referralCheck = referralCheck;
		this.idempotency = idempotency;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The placement made, and whether this answer replays an earlier request's. */
	public record Created(PlacementView placement, boolean replayed) {
	}

	public Created request(SeatRequest request, CurrentUser user, String idempotencyKey, String bearerToken) {
		String requester = user.actingOrganisation();
		Claim claim = idempotencyKey == null ? null : idempotency.claim(requester, idempotencyKey, request);
		if (claim != null) {
			var earlier = idempotency.earlier(claim);
			if (earlier.isPresent()) {
				return new Created(queries.placement(earlier.get(), user), true);
			}
		}
		Instant now = clock.instant();
		OpeningSummary opening = openings.admit(request.openingId(), request.age(), request.sex(),
				CambodianDates.dayOf(now));
		if (request.referralId() != null) {
			referralCheck.requireVisible(request.referralId(), bearerToken);
		}
		UUID id = UUID.randomUUID();
		try {
			transaction.executeWithoutResult(status -> save(id, opening, request, user, claim, now));
		}
		catch (DataIntegrityViolationException twin) {
			if (claim == null) {
				throw twin;
			}
			return new Created(queries.placement(idempotency.earlier(claim).orElseThrow(() -> twin), user), true);
		}
		return new Created(queries.placement(id, user), false);
	}

	private void save(UUID id, OpeningSummary opening, SeatRequest request, CurrentUser user, Claim claim,
			Instant now) {
		placements.save(new PlacementEntity(id, new NewPlacement(opening.id(), opening.centre(),
				user.actingOrganisation(), user.username(), user.userId(),
				sealed.seal(id, Field.CASE_REFERENCE, request.caseReference()), request.age(), request.sex(),
				request.referralId(), sealed.seal(id, Field.NOTE, request.note())), now));
		audit.record(user, "create", id, AuditOutcome.ALLOWED);
		if (claim != null) {
			idempotency.remember(claim, id);
		}
	}
}
