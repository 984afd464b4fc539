package org.partnernetwork.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;

/** Says which parts answer on their default ports. */
final class StatusCommand {

	private final PlatformConfig config;

	StatusCommand(PlatformConfig config) {
		this.config = config;
	}

	int run() {
		Optional<ProcessHandle> launcher = new PidFile(config.workDir()).runningLauncher();
		System.out.println(launcher.map(p -> "Launcher running (pid " + p.pid() + ")")
			.orElse("No launcher running from " + config.workDir()));
		PlatformUrls urls = config.urls();
		DatabaseLogin db = config.database();
		boolean allUp = report(Parts.DATABASE, db.url(), accepts(db.host(), db.port()));
		allUp &= report(Parts.MAIL, "smtp://" + PartFactory.LOOPBACK + ":" + config.ports().mail(),
				accepts(PartFactory.LOOPBACK, config.ports().mail()));
		allUp &= report(Parts.KEYCLOAK, urls.keycloak(), answers(urls.realm() + "/.well-known/openid-configuration"));
		for (String service : Parts.SERVICES) {
			allUp &= report(service, urls.of(service), answers(urls.of(service) + "/actuator/health/readiness"));
		}
		allUp &= report(Parts.GATEWAY, urls.gateway(), answers(urls.gateway() + "/actuator/health"));
		return allUp ? 0 : 3;
	}

	private static boolean report(String part, String url, boolean up) {
		System.out.printf("  %-22s %-32s %s%n", part, url, up ? "ready" : "not answering");
		return up;
	}

	private static boolean answers(String url) {
		return HttpProbe.answersOk(URI.create(url));
	}

	private static boolean accepts(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 1000);
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

}
