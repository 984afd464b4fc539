package org.partnernetwork.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.partnernetwork.notification.event.EventIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminders that fell due, each through the usual delivery path (inbox and
 * e-mail, to the people the reminder's kind names). Each is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and told in the same transaction that marks it sent, so
 * two instances never send the same one and a failure (Keycloak not answering) leaves it
 * waiting for the next run. One run at a time across instances (the scheduler's lock).
 */
@Component
class ReminderSender {

	private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

	private static final int BATCH = 20;

	private final ReminderRepository reminders;

	private final EventIntake intake;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReminderSender(ReminderRepository reminders, EventIntake intake, TransactionTemplate transaction, Clock clock) {
		this.reminders = reminders;
		this.intake = intake;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${partner-network.reminders.send-interval}",
			initialDelayString = "${partner-network.reminders.send-interval}")
	@SchedulerLock(name = "notification-reminders", lockAtMostFor = "PT2M")
	void send() {
		sendDue(clock.instant());
	}

	/** Sends the reminders due by {@code now}; answers how many went. */
	int sendDue(Instant now) {
		int sent = 0;
		try {
			int batch;
			do {
				batch = transaction.execute(status -> {
					List<ReminderEntity> due = reminders.claimDue(now, BATCH);
					for (ReminderEntity reminder : due) {
						intake.tell(reminder.event());
						reminder.sent(clock.instant());
					}
					return due.size();
				});
				sent += batch;
			}
			while (batch == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Reminders not sent this time, tried again next run: {}", ex.getClass().getSimpleName());
		}
		return sent;
	}

}
