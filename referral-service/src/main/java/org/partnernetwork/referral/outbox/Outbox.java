package org.partnernetwork.referral.outbox;

import org.partnernetwork.support.outbox.PlatformEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: a referral's news is written in the transaction of the change
 * it reports, so it is sent if and only if the change is saved; {@link OutboxRelay} posts
 * it to notification-service later, however long that is away. Ids, kinds, organisations
 * and urgency only.
 */
@Component
public class Outbox {

	private final OutboxRepository events;

	Outbox(OutboxRepository events) {
		this.events = events;
	}

	/** Keeps news for notification-service, to be posted as it is. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void notify(PlatformEvent event) {
		events.save(new OutboxEventEntity(event));
	}

}
