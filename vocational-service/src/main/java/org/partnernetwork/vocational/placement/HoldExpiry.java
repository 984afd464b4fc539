package org.partnernetwork.vocational.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.vocational.opening.CambodianDates;
import org.partnernetwork.vocational.opening.Openings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires offers whose hold lapsed (the seat was held until a day before today, in
 * Cambodia) and frees their seats: on a schedule, and at once on an opening where an
 * offer finds no seat free. One placement per transaction in the sweep: a centre
 * enrolling at the same moment wins, and that one is left alone.
 */
@Component
class HoldExpiry {

	static final String PLATFORM = "partner-network";

	private static final Logger log = LoggerFactory.getLogger(HoldExpiry.class);

	private final PlacementRepository placements;

	private final Openings openings;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	HoldExpiry(PlacementRepository placements, Openings openings, AuditTrail audit, TransactionTemplate transaction,
			Clock clock) {
		this.placements = placements;
		this.openings = openings;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${partner-network.holds.sweep-interval}",
			initialDelayString = "${partner-network.holds.sweep-interval}")
	@SchedulerLock(name = "hold-expiry")
	void sweep() {
		int expired = expireLapsed(clock.instant());
		if (expired > 0) {
			log.info("Expired {} offers whose hold lapsed", expired);
		}
	}

	/** Expires every offer whose hold had lapsed by {@code now}; answers how many. */
	int expireLapsed(Instant now) {
		LocalDate today = CambodianDates.dayOf(now);
		int expired = 0;
		for (UUID id : placements.lapsedHolds(today)) {
			try {
				expired += transaction.execute(status -> placements.findById(id)
					.filter(placement -> placement.isLapsed(today))
					.map(placement -> expire(placement, today, now))
					.orElse(0));
			}
			catch (ConcurrencyFailureException changedMeanwhile) {
				log.debug("Placement {} changed while its hold expired", id);
			}
		}
		return expired;
	}

	/**
	 * In an offer's transaction: expires the lapsed holds on one opening; answers how
	 * many seats it freed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int reclaimLapsedOn(UUID openingId, LocalDate today, Instant now) {
		return placements.lapsedHoldsOn(openingId, today)
			.stream()
			.mapToInt(placement -> expire(placement, today, now))
			.sum();
	}

	private int expire(PlacementEntity placement, LocalDate today, Instant now) {
		placement.apply(PlacementAction.EXPIRE, null, null, null, today, null, now);
		placements.flush();
		openings.freeSeat(placement.openingId());
		audit.record(PLATFORM, PLATFORM, "", PlacementAction.EXPIRE.path(), placement.id(), AuditOutcome.ALLOWED);
		return 1;
	}

}
