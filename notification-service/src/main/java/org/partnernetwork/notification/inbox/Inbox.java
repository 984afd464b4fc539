package org.partnernetwork.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.partnernetwork.notification.inbox.InboxViews.NotificationView;
import org.partnernetwork.notification.inbox.InboxViews.UnreadCount;
import org.partnernetwork.support.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications, newest first: each person sees and marks only their own (the
 * token's subject); anyone else's is not there for them.
 */
@Service
public class Inbox {

	private final NotificationRepository notifications;

	private final Clock clock;

	Inbox(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResponse<NotificationView> mine(String person, int page, int size) {
		return PageResponse.of(
				notifications.findByRecipientOrderByCreatedAtDescIdDesc(person, PageRequest.of(page, size)),
				NotificationView::of);
	}

	@Transactional(readOnly = true)
	public UnreadCount unread(String person) {
		return new UnreadCount(notifications.countByRecipientAndReadAtIsNull(person));
	}

	/**
	 * Tells each person of an event, once: in the caller's transaction, which also keeps
	 * the event as taken in.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void deliver(Notice notice, Collection<String> people) {
		Instant now = clock.instant();
		notifications.saveAll(people.stream()
			.distinct()
			.map(person -> new NotificationEntity(person, notice.eventId(), notice.kind(), notice.organisation(),
					notice.urgency(), notice.subjectId(), now))
			.toList());
	}

	@Transactional
	public NotificationView markRead(String person, UUID id) {
		NotificationEntity notification = notifications.findByIdAndRecipient(id, person)
			.orElseThrow(() -> NotificationNotFoundException.forId(id));
		notification.read(clock.instant());
		return NotificationView.of(notification);
	}

	/**
	 * What people are told of an event: its id, the kind of thing, the organisation that
	 * acted, the urgency, the referral's or seat request's id, when it happened.
	 */
	public record Notice(UUID eventId, NotificationKind kind, String organisation, Urgency urgency, UUID subjectId,
			Instant occurredAt) {
	}

}
