package org.partnernetwork.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/** What the inbox API answers. */
public final class InboxViews {

	private InboxViews() {
	}

	/**
	 * One notification: the kind of thing that happened, the organisation, the urgency
	 * (none for seat requests), the portal page that shows it, and whether it was read.
	 */
	public record NotificationView(UUID id, NotificationKind kind, String organisation, Urgency urgency, String link,
			Instant createdAt, Instant readAt) {

		static NotificationView of(NotificationEntity notification) {
			return new NotificationView(notification.id(), notification.kind(), notification.organisation(),
					notification.urgency(), notification.kind().portalPath(notification.subjectId().toString()),
					notification.createdAt(), notification.readAt());
		}

	}

	/** How many of the caller's notifications are not read yet. */
	public record UnreadCount(long unread) {
	}

}
