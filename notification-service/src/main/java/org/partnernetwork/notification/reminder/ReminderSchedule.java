package org.partnernetwork.notification.reminder;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnernetwork.notification.event.EventFollowUp;
import org.partnernetwork.notification.event.PlatformEvent;
import org.partnernetwork.notification.inbox.NotificationKind;
import org.partnernetwork.notification.inbox.Urgency;
import org.springframework.stereotype.Component;

/**
 * Sets a referral's reminders when it arrives and ends them when it no longer waits for
 * an answer, in the transaction that takes the event in. An EMERGENCY referral reminds
 * the receiving coordinators 4 h and 12 h after it was sent and alerts the organisation's
 * supervisors and org-admins at 20 h; a HIGH one reminds at 24 h and 60 h; a ROUTINE one
 * does not. An answer (accepted, declined, information requested), a cancellation, a
 * consent withdrawn or an expiry ends them.
 */
@Component
class ReminderSchedule implements EventFollowUp {

	static final Map<Urgency, List<Step>> PLAN = Map.of(Urgency.EMERGENCY,
			List.of(Step.remind(Duration.ofHours(4)), Step.remind(Duration.ofHours(12)),
					new Step(Duration.ofHours(20), NotificationKind.REFERRAL_ESCALATED)),
			Urgency.HIGH, List.of(Step.remind(Duration.ofHours(24)), Step.remind(Duration.ofHours(60))));

	static final Set<NotificationKind> ARRIVALS = EnumSet.of(NotificationKind.REFERRAL_RECEIVED,
			NotificationKind.REFERRAL_TRANSFERRED);

	static final Set<NotificationKind> ENDINGS = EnumSet.of(NotificationKind.REFERRAL_ACCEPTED,
			NotificationKind.REFERRAL_DECLINED, NotificationKind.REFERRAL_INFORMATION_REQUESTED,
			NotificationKind.REFERRAL_CANCELLED, NotificationKind.REFERRAL_CONSENT_WITHDRAWN,
			NotificationKind.REFERRAL_EXPIRED);

	private final ReminderRepository reminders;

	private final Clock clock;

	ReminderSchedule(ReminderRepository reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	@Override
	public void taken(PlatformEvent event) {
		if (ARRIVALS.contains(event.kind()) && event.urgency() != null) {
			reminders.saveAll(PLAN.getOrDefault(event.urgency(), List.of())
				.stream()
				.map(step -> new ReminderEntity(event, step.kind(), event.occurredAt().plus(step.after())))
				.toList());
		}
		else if (ENDINGS.contains(event.kind())) {
			reminders.endWaiting(event.subjectId(), clock.instant());
		}
	}

	/** A reminder of some kind, so long after the referral was sent. */
	record Step(Duration after, NotificationKind kind) {

		static Step remind(Duration after) {
			return new Step(after, NotificationKind.REFERRAL_REMINDER);
		}

	}

}
