package org.partnernetwork.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The TCP ports of every part of the platform. */
public record Ports(int gateway, int organisationService, int referralService, int vocationalService, int keycloak,
		int keycloakManagement, int database, int mail, int notificationService) {

	/**
	 * 3307, not 3306: a system MariaDB often holds 3306 already; 3025 for SMTP, as
	 * GreenMail's own default; 8084 for notification-service.
	 */
	public static Ports defaults() {
		return new Ports(8080, 8081, 8082, 8083, 8180, 8190, 3307, 3025, 8084);
	}

	/** Nine distinct ports that are free right now. */
	public static Ports random() {
		List<ServerSocket> held = new ArrayList<>();
		try {
			for (int i = 0; i < 9; i++) {
				held.add(new ServerSocket(0));
			}
			int[] p = held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
			return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not find free ports", e);
		}
		finally {
			held.forEach(Ports::closeQuietly);
		}
	}

	/**
	 * The port each part listens on (Keycloak's management port listed as "keycloak
	 * (management)").
	 */
	public Map<String, Integer> byPart() {
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put(Parts.DATABASE, database);
		ports.put(Parts.MAIL, mail);
		ports.put(Parts.KEYCLOAK, keycloak);
		ports.put(Parts.KEYCLOAK + " (management)", keycloakManagement);
		ports.put(Parts.ORGANISATION_SERVICE, organisationService);
		ports.put(Parts.REFERRAL_SERVICE, referralService);
		ports.put(Parts.VOCATIONAL_SERVICE, vocationalService);
		ports.put(Parts.NOTIFICATION_SERVICE, notificationService);
		ports.put(Parts.GATEWAY, gateway);
		return ports;
	}

	public int of(String part) {
		Integer port = byPart().get(part);
		if (port == null) {
			throw new IllegalArgumentException("Unknown part: " + part);
		}
		return port;
	}

	/** True when something listens on the port or it cannot be bound. */
	static boolean isTaken(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
			return true;
		}
		catch (IOException notListening) {
			// nothing answers on loopback; now make sure we could bind it ourselves
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return false;
		}
		catch (IOException e) {
			return true;
		}
	}

	private static void closeQuietly(ServerSocket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// it was only held to keep the port from being handed out twice
		}
	}
}
