package org.partnernetwork.referral.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.partnernetwork.referral.client.notification.Notifications;
import org.partnernetwork.referral.config.ReferralProperties;
import org.partnernetwork.support.outbox.OutboxMetrics;
import org.partnernetwork.support.outbox.OutboxState;
import org.partnernetwork.support.outbox.RetryPause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts the outbox to notification-service, at least once and in the order the news was
 * written (a referral's answer never arrives before the referral, so a reminder is never
 * set for a referral already answered): the oldest waiting event first, and nothing after
 * it while it waits out its pause. A failure (no token, notification-service down, slow
 * or failing, its circuit open) leaves the event waiting with a growing pause and ends
 * the run. An event refused as invalid is given up on. No transaction is held open across
 * a call; one relay at a time across all instances, and notification-service takes an
 * event id once should two ever post the same event.
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxRepository events;

	private final Notifications notifications;

	private final ReferralProperties.Outbox settings;

	private final RetryPause pause;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final OutboxMetrics metrics;

	OutboxRelay(OutboxRepository events, Notifications notifications, ReferralProperties properties,
			TransactionTemplate transaction, Clock clock, OutboxMetrics metrics) {
		this.events = events;
		this.notifications = notifications;
		this.settings = properties.outbox();
		this.pause = new RetryPause(settings.firstRetry(), settings.maxRetry());
		this.transaction = transaction;
		this.clock = clock;
		this.metrics = metrics;
	}

	@Scheduled(fixedDelayString = "${partner-network.outbox.relay-interval}",
			initialDelayString = "${partner-network.outbox.relay-interval}")
	@SchedulerLock(name = "referral-outbox-relay", lockAtMostFor = "PT2M")
	void relay() {
		deliverDue(clock.instant());
	}

	/**
	 * Posts the events due by {@code now}, oldest first, until one fails or waits;
	 * answers how many were taken in.
	 */
	synchronized int deliverDue(Instant now) {
		int delivered = 0;
		for (OutboxEventEntity event : waiting()) {
			if (!deliver(event, now)) {
				break;
			}
			delivered++;
		}
		return delivered;
	}

	private List<OutboxEventEntity> waiting() {
		return transaction
			.execute(status -> events.findByStateOrderById(OutboxState.PENDING, Limit.of(settings.batchSize())));
	}

	/** Posts one event and records how it went; answers whether the run may go on. */
	private boolean deliver(OutboxEventEntity event, Instant now) {
		if (event.nextAttemptAt().isAfter(now)) {
			return false;
		}
		boolean taken;
		try {
			taken = notifications.post(event.event());
		}
		catch (RuntimeException ex) {
			String failure = Notifications.describe(ex);
			metrics.deliveryFailed();
			update(event, stored -> stored.failed(failure, now, pause));
			log.warn("Outbox event {} ({}) not delivered (attempt {}): {}", event.eventId(), event.kind(),
					event.attempts() + 1, failure);
			return false;
		}
		if (taken) {
			update(event, stored -> stored.delivered(clock.instant()));
		}
		else {
			update(event, stored -> stored.abandoned("refused as invalid"));
			log.warn("Gave up on outbox event {} ({}): refused as invalid", event.eventId(), event.kind());
		}
		return true;
	}

	private void update(OutboxEventEntity event, Consumer<OutboxEventEntity> change) {
		transaction.executeWithoutResult(status -> events.findById(event.id()).ifPresent(change));
	}

}
