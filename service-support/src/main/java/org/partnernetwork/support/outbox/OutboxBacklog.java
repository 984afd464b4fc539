package org.partnernetwork.support.outbox;

import java.time.Instant;
import java.util.Optional;

/** What an outbox still has to deliver, as its table says when asked. */
public interface OutboxBacklog {

	/** How many events wait to be delivered. */
	long waiting();

	/** When the oldest event still waiting happened; none waiting: empty. */
	Optional<Instant> oldestWaiting();

}
