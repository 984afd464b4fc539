package org.partnernetwork.notification.inbox;

import java.util.UUID;

import org.partnernetwork.support.domain.NotFound;

/**
 * The caller has no notification with this id: the same answer for one that does not
 * exist and one that is another person's.
 */
final class NotificationNotFoundException extends NotFound {

	private NotificationNotFoundException(UUID id) {
		super("notification", id);
	}

	static NotificationNotFoundException forId(UUID id) {
		return new NotificationNotFoundException(id);
	}

}
