package org.partnernetwork.vocational.outbox;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: an event is written in the transaction of the change it reports, so it is
 * sent if and only if the change is saved; {@link OutboxRelay} delivers it later, however long
 * referral-service is away. Codes and ids only, never free text.
 */
@Component
public class Outbox {

	private final OutboxRepository events;

	Outbox(OutboxRepository events) {
		this.events = events;
	}

	/** A placement's news for a referral's timeline: {@code PLACEMENT_ENROLLED}, an outcome code… */
	public record Event(UUID referralId, UUID placementId, String type, String organisation, String code,
			Instant occurredAt) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Event event) {
		events.save(new OutboxEventEntity(event));
	}
}
