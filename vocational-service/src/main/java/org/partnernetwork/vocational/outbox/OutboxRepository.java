package org.partnernetwork.vocational.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.partnernetwork.support.outbox.OutboxEvents;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends OutboxEvents<OutboxEventEntity> {

	/**
	 * The oldest waiting events that may be posted now, in the order they happened: due,
	 * and with no earlier event of the same referral still waiting out its retry pause
	 * (each referral's order holds). Events held back are left in the database, so they
	 * never crowd out other referrals' events.
	 */
	@Query("""
			select e from OutboxEventEntity e
			where e.state = org.partnernetwork.support.outbox.OutboxState.PENDING and e.nextAttemptAt <= :now
			  and not exists (select 1 from OutboxEventEntity earlier
			                  where earlier.referralId = e.referralId and earlier.id < e.id
			                    and earlier.state = org.partnernetwork.support.outbox.OutboxState.PENDING
			                    and earlier.nextAttemptAt > :now)
			order by e.id""")
	List<OutboxEventEntity> deliverable(@Param("now") Instant now, Limit limit);

}
