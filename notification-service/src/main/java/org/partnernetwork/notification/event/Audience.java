package org.partnernetwork.notification.event;

import java.util.List;

import org.partnernetwork.notification.inbox.NotificationKind;

/**
 * Who is told of an event: the person it names (the coordinator who sent the referral,
 * for an answer to it) when they are still there; otherwise the members of the
 * organisation to tell who act on it — centre staff for a seat request a centre received,
 * coordinators for everything else.
 */
final class Audience {

	static final String COORDINATOR = "coordinator";

	static final String CENTRE_STAFF = "centre-staff";

	private Audience() {
	}

	static List<Member> of(PlatformEvent event, Directory directory) {
		if (event.recipient() != null) {
			List<Member> named = directory.person(event.recipient().toString()).stream().toList();
			if (!named.isEmpty()) {
				return named;
			}
		}
		return directory.members(event.recipientOrganisation(), roleActingOn(event.kind()));
	}

	static String roleActingOn(NotificationKind kind) {
		return kind == NotificationKind.SEAT_REQUEST_RECEIVED ? CENTRE_STAFF : COORDINATOR;
	}

}
