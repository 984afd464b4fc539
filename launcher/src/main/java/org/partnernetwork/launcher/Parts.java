package org.partnernetwork.launcher;

import java.util.List;

/** The names of the platform's parts, in start order. */
public final class Parts {

	public static final String DATABASE = "database";

	/**
	 * The SMTP server Keycloak sends its e-mails to (password reset), in the launcher's
	 * own JVM.
	 */
	public static final String MAIL = "mail";

	public static final String KEYCLOAK = "keycloak";

	public static final String ORGANISATION_SERVICE = "organisation-service";

	public static final String REFERRAL_SERVICE = "referral-service";

	public static final String VOCATIONAL_SERVICE = "vocational-service";

	/**
	 * The inbox and e-mails; it starts with the other services and is listed after them.
	 */
	public static final String NOTIFICATION_SERVICE = "notification-service";

	public static final String GATEWAY = "gateway";

	public static final List<String> SERVICES = List.of(ORGANISATION_SERVICE, REFERRAL_SERVICE, VOCATIONAL_SERVICE,
			NOTIFICATION_SERVICE);

	public static final List<String> ALL = List.of(DATABASE, MAIL, KEYCLOAK, ORGANISATION_SERVICE, REFERRAL_SERVICE,
			VOCATIONAL_SERVICE, NOTIFICATION_SERVICE, GATEWAY);

	private Parts() {
	}

	static void requireKnown(String part) {
		if (!ALL.contains(part)) {
			throw new IllegalArgumentException("Unknown part '" + part + "'; the parts are " + ALL);
		}
	}

}
