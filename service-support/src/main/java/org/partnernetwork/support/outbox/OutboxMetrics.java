package org.partnernetwork.support.outbox;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * An outbox as the monitoring sees it, under the names the dashboard and alerts in
 * {@code deploy/monitoring} read: {@code partner_network_outbox_backlog} (events
 * waiting), {@code partner_network_outbox_oldest_age_seconds} (how long the oldest of
 * them has waited; 0 when none does) and {@code partner_network_deliveries_failed_total},
 * each by {@code service} and {@code destination}. The gauges are read from the database
 * when scraped, so every instance reports the same shared outbox; nothing about a child
 * or a referral is in a label. A service declares one as a bean, for its outbox's
 * repository.
 */
public class OutboxMetrics implements MeterBinder {

	private final OutboxEvents<?> events;

	private final Clock clock;

	private final Tags tags;

	private volatile Counter failedDeliveries;

	public OutboxMetrics(OutboxEvents<?> events, Clock clock, String service, String destination) {
		this.events = events;
		this.clock = clock;
		this.tags = Tags.of("service", service, "destination", destination);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("partner.network.outbox.backlog", events, waiting -> waiting.countByState(OutboxState.PENDING))
			.description("Outbox events waiting to be delivered")
			.tags(tags)
			.register(registry);
		Gauge.builder("partner.network.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds)
			.description("How long the oldest outbox event still waiting has waited")
			.baseUnit("seconds")
			.tags(tags)
			.register(registry);
		failedDeliveries = Counter.builder("partner.network.deliveries.failed")
			.description("Deliveries of outbox events that failed and will be tried again")
			.tags(tags)
			.register(registry);
	}

	/** Counts one delivery that failed. */
	public void deliveryFailed() {
		Counter counter = failedDeliveries;
		if (counter != null) {
			counter.increment();
		}
	}

	private double oldestAgeSeconds() {
		return events.oldestOccurredAt(OutboxState.PENDING)
			.map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0))
			.orElse(0.0);
	}

}
