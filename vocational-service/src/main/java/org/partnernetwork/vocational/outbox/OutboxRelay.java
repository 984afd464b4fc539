package org.partnernetwork.vocational.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.partnernetwork.support.outbox.OutboxMetrics;
import org.partnernetwork.support.outbox.RetryPause;
import org.partnernetwork.vocational.client.notification.Notifications;
import org.partnernetwork.vocational.client.referral.ReferralTimeline;
import org.partnernetwork.vocational.client.referral.ReferralTimeline.Delivery;
import org.partnernetwork.vocational.config.VocationalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox to referral-service, at least once and, for each referral, in the
 * order the events happened: the oldest waiting event first, and no later event for the
 * same referral until it is delivered, so a timeline never shows a completion before the
 * enrolment. A failure (no token, referral-service down, slow or failing, its circuit
 * open) leaves the event waiting with a growing pause and ends the run; while it waits,
 * other referrals' events go on. An unknown referral, or an event referral-service
 * refuses as invalid, is given up on. No transaction is held open across a call. One
 * relay at a time across all instances (the scheduled run takes its lock); should a run
 * outlive its lock and two post the same event, referral-service records it once. Seat
 * requests' news for notification-service goes the same way, in no particular order: one
 * that fails waits out its pause while the run goes on (notification-service takes an
 * event id once too).
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxRepository events;

	private final ReferralTimeline timeline;

	private final Notifications notifications;

	private final VocationalProperties.Outbox settings;

	private final RetryPause pause;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final OutboxMetrics metrics;

	private final ReentrantLock running = new ReentrantLock();

	OutboxRelay(OutboxRepository events, ReferralTimeline timeline, Notifications notifications,
			VocationalProperties properties, TransactionTemplate transaction, Clock clock, OutboxMetrics metrics) {
		this.events = events;
		this.metrics = metrics;
		this.timeline = timeline;
		this.notifications = notifications;
		this.settings = properties.outbox();
		this.pause = new RetryPause(settings.firstRetry(), settings.maxRetry());
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${partner-network.outbox.relay-interval}",
			initialDelayString = "${partner-network.outbox.relay-interval}")
	@SchedulerLock(name = "vocational-outbox-relay", lockAtMostFor = "PT2M")
	void relay() {
		deliverDue(clock.instant());
	}

	/**
	 * Posts the events due by {@code now}, oldest first, until one fails; answers how
	 * many were acknowledged.
	 */
	int deliverDue(Instant now) {
		running.lock();
		try {
			int delivered = 0;
			for (OutboxEventEntity event : deliverable(now)) {
				if (!deliver(event, now)) {
					break;
				}
				delivered++;
			}
			return delivered;
		}
		finally {
			running.unlock();
		}
	}

	private List<OutboxEventEntity> deliverable(Instant now) {
		return transaction.execute(status -> events.deliverable(now, Limit.of(settings.batchSize())));
	}

	/**
	 * Posts one event and records how it went; answers whether the relay may go on to the
	 * next.
	 */
	private boolean deliver(OutboxEventEntity event, Instant now) {
		Delivery delivery;
		try {
			delivery = send(event);
		}
		catch (RuntimeException ex) {
			String failure = describe(ex);
			metrics.deliveryFailed();
			update(event, stored -> stored.failed(failure, now, pause));
			log.warn("Outbox event {} for {} not delivered (attempt {}): {}", event.eventId(),
					event.forNotifications() ? "notification-service" : "referral " + event.referralId(),
					event.attempts() + 1, failure);
			return event.forNotifications();
		}
		if (delivery != Delivery.ACKNOWLEDGED) {
			String reason = delivery == Delivery.UNKNOWN_REFERRAL ? "unknown referral" : "refused as invalid";
			update(event, stored -> stored.abandoned(reason));
			log.warn("Gave up on outbox event {} ({}) for placement {} and referral {}: {}", event.eventId(),
					event.type(), event.placementId(), event.referralId(), reason);
		}
		else {
			update(event, stored -> stored.delivered(clock.instant()));
		}
		return true;
	}

	private Delivery send(OutboxEventEntity event) {
		if (event.forNotifications()) {
			return notifications.post(event.notice()) ? Delivery.ACKNOWLEDGED : Delivery.REFUSED;
		}
		return timeline.post(event.referralId(), event.message());
	}

	private void update(OutboxEventEntity event, java.util.function.Consumer<OutboxEventEntity> change) {
		transaction.executeWithoutResult(status -> events.findById(event.id()).ifPresent(change));
	}

	/** What went wrong, in a few words and without anything a response body said. */
	static String describe(Throwable failure) {
		int status = ReferralTimeline.status(failure);
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String description = status > 0 ? "HTTP " + status : cause.getClass().getSimpleName();
		return description.length() > 60 ? description.substring(0, 60) : description;
	}

}
