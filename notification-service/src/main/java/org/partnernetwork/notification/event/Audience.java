package org.partnernetwork.notification.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnernetwork.notification.inbox.NotificationKind;

/**
 * Who is told of an event: the person it names (the coordinator who sent the referral,
 * for an answer to it) when they are still there; otherwise the members of the
 * organisation to tell who act on it — centre staff for a seat request a centre received,
 * supervisors and org-admins for an escalation, coordinators for everything else.
 */
final class Audience {

	static final String COORDINATOR = "coordinator";

	static final String CENTRE_STAFF = "centre-staff";

	static final List<String> ESCALATION = List.of("supervisor", "org-admin");

	private Audience() {
	}

	static List<Member> of(PlatformEvent event, Directory directory) {
		if (event.recipient() != null) {
			List<Member> named = directory.person(event.recipient().toString()).stream().toList();
			if (!named.isEmpty()) {
				return named;
			}
		}
		Map<String, Member> members = new LinkedHashMap<>();
		for (String role : rolesActingOn(event.kind())) {
			directory.members(event.recipientOrganisation(), role)
				.forEach(member -> members.putIfAbsent(member.id(), member));
		}
		return List.copyOf(members.values());
	}

	static List<String> rolesActingOn(NotificationKind kind) {
		return switch (kind) {
			case SEAT_REQUEST_RECEIVED -> List.of(CENTRE_STAFF);
			case REFERRAL_ESCALATED -> ESCALATION;
			default -> List.of(COORDINATOR);
		};
	}

}
