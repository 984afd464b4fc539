package org.partnernetwork.launcher;

import java.time.Duration;

/** How long each kind of part may take to become ready before the start is given up. */
public record Timeouts(Duration database, Duration keycloak, Duration service) {

	public static Timeouts defaults() {
		return new Timeouts(Duration.ofSeconds(90), Duration.ofSeconds(180), Duration.ofSeconds(120));
	}

	Duration of(String part) {
		return switch (part) {
			case Parts.DATABASE, Parts.MAIL -> database;
			case Parts.KEYCLOAK -> keycloak;
			default -> service;
		};
	}
}
