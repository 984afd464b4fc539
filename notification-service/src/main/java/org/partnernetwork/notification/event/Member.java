package org.partnernetwork.notification.event;

/**
 * A person to tell: their Keycloak id, their e-mail address (null when they have none)
 * and the language they chose ({@code km} or {@code en}).
 */
public record Member(String id, String email, String language) {
}
