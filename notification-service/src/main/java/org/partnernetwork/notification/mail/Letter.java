package org.partnernetwork.notification.mail;

import java.util.UUID;

/**
 * What one e-mail is made from: the event, the person (Keycloak id, address, language
 * {@code en} or {@code km}), the kind of thing that happened, the organisation, the
 * urgency (null for seat requests) and the portal page's path. Nothing about the child.
 */
public record Letter(UUID eventId, String recipient, String address, String language, String kind, String organisation,
		String urgency, String link) {
}
