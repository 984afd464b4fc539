package org.partnernetwork.launcher;

/**
 * Base URLs of the running platform: the gateway and Keycloak on {@code localhost}
 * (Keycloak's is the token issuer's, as browsers see it); the services on
 * {@code 127.0.0.1}, the only address they listen on.
 */
public record PlatformUrls(String gateway, String keycloak, String organisationService, String referralService,
		String vocationalService, String notificationService) {

	public static final String REALM = "partner-network";

	static PlatformUrls of(Ports ports) {
		return new PlatformUrls(local(ports.gateway()), local(ports.keycloak()), loopback(ports.organisationService()),
				loopback(ports.referralService()), loopback(ports.vocationalService()),
				loopback(ports.notificationService()));
	}

	/** The realm's base, which is also the issuer of its tokens. */
	public String realm() {
		return keycloak + "/realms/" + REALM;
	}

	public String tokenEndpoint() {
		return realm() + "/protocol/openid-connect/token";
	}

	/** The base URL of a service part or the gateway. */
	public String of(String part) {
		return switch (part) {
			case Parts.GATEWAY -> gateway;
			case Parts.KEYCLOAK -> keycloak;
			case Parts.ORGANISATION_SERVICE -> organisationService;
			case Parts.REFERRAL_SERVICE -> referralService;
			case Parts.VOCATIONAL_SERVICE -> vocationalService;
			case Parts.NOTIFICATION_SERVICE -> notificationService;
			default -> throw new IllegalArgumentException("No URL for part " + part);
		};
	}

	static String local(int port) {
		return "http://localhost:" + port;
	}

	static String loopback(int port) {
		return "http://" + PartFactory.LOOPBACK + ":" + port;
	}
}
