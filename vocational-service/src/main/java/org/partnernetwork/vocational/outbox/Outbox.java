package org.partnernetwork.vocational.outbox;

import java.util.UUID;

import org.partnernetwork.support.outbox.PlatformEvent;
import org.partnernetwork.vocational.client.referral.PartnerEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: an event is written in the transaction of the change it
 * reports, so it is sent if and only if the change is saved; {@link OutboxRelay} delivers
 * it later, however long referral-service or notification-service is away. Codes and ids
 * only, never free text.
 */
@Component
public class Outbox {

	private final OutboxRepository events;

	Outbox(OutboxRepository events) {
		this.events = events;
	}

	/** Keeps a placement's news for its referral's timeline, to be posted as it is. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID referralId, UUID placementId, PartnerEvent event) {
		events.save(new OutboxEventEntity(referralId, placementId, event));
	}

	/**
	 * Keeps a seat request's news for the people who act on it, to be posted as it is.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void notify(PlatformEvent event) {
		events.save(new OutboxEventEntity(event));
	}

}
