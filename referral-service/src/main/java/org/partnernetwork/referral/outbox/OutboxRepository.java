package org.partnernetwork.referral.outbox;

import java.util.List;

import org.partnernetwork.support.outbox.OutboxEvents;
import org.partnernetwork.support.outbox.OutboxState;
import org.springframework.data.domain.Limit;

interface OutboxRepository extends OutboxEvents<OutboxEventEntity> {

	/** The oldest events in this state, in the order they were written. */
	List<OutboxEventEntity> findByStateOrderById(OutboxState state, Limit limit);

}
