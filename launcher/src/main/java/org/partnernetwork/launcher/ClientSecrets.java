package org.partnernetwork.launcher;

import java.util.Map;

/**
 * The confidential clients' secrets. Keycloak reads them into the realm file's
 * placeholders and the services get the same values ({@code monitoring}: what may read
 * the services' metrics). The defaults are for local runs only.
 */
public record ClientSecrets(String gateway, String organisation, String referral, String vocational, String monitoring,
		String notification) {

	public static ClientSecrets fromEnvironment(Map<String, String> env) {
		return new ClientSecrets(env.getOrDefault("GATEWAY_CLIENT_SECRET", "gateway-secret"),
				env.getOrDefault("ORGANISATION_CLIENT_SECRET", "organisation-secret"),
				env.getOrDefault("REFERRAL_CLIENT_SECRET", "referral-secret"),
				env.getOrDefault("VOCATIONAL_CLIENT_SECRET", "vocational-secret"),
				env.getOrDefault("MONITORING_CLIENT_SECRET", "monitoring-secret"),
				env.getOrDefault("NOTIFICATION_CLIENT_SECRET", "notification-secret"));
	}

	Map<String, String> asEnvironment() {
		return Map.of("GATEWAY_CLIENT_SECRET", gateway, "ORGANISATION_CLIENT_SECRET", organisation,
				"REFERRAL_CLIENT_SECRET", referral, "VOCATIONAL_CLIENT_SECRET", vocational, "MONITORING_CLIENT_SECRET",
				monitoring, "NOTIFICATION_CLIENT_SECRET", notification);
	}
}
