package org.partnernetwork.launcher;

import java.io.PrintStream;
import java.util.List;

/**
 * What a person needs once the platform is up: where it is, who to log in as, what it
 * costs.
 */
final class Summary {

	private static final List<String> DEMO_LOGINS = List.of("admin.network   -              network-admin",
			"sophea.aple     aple           coordinator", "sokha.aple      aple           org-admin, supervisor",
			"dara.tdh        tdh-nl         coordinator", "vanna.kvtc      kandal-vtc     centre-staff",
			"rithy.myc       mekong-youth   coordinator");

	private Summary() {
	}

	static void print(Platform platform, PrintStream out) {
		PlatformConfig config = platform.config();
		PlatformUrls urls = platform.urls();
		out.println();
		out.printf("Partner Network is ready (%d s).%n%n", platform.startupTime().toSeconds());
		if (config.starts(Parts.GATEWAY)) {
			out.printf("  %-22s %s%n", "Portal (gateway)", urls.gateway());
		}
		if (config.starts(Parts.KEYCLOAK)) {
			out.printf("  %-22s %s   (admin console: admin / admin)%n", "Keycloak", urls.keycloak());
		}
		Parts.SERVICES.stream()
			.filter(config::starts)
			.forEach(service -> out.printf("  %-22s %s/v3/api-docs%n", service, urls.of(service)));
		if (config.starts(Parts.MAIL)) {
			out.printf("  %-22s smtp://%s:%d   (e-mails, password resets: %s)%n", "Mail", PartFactory.LOOPBACK,
					config.ports().mail(), config.logFile(Parts.MAIL));
		}
		if (config.starts(Parts.DATABASE)) {
			DatabaseLogin db = platform.database();
			out.printf("  %-22s %s (user %s%s)%n", "Database", db.url(), db.user(),
					db.password().isEmpty() ? ", no password" : "");
		}
		if (config.starts(Parts.KEYCLOAK)) {
			out.printf(
					"%nDemo logins (password \"demo\"; supervisors and admins also type a one-time code, see keycloak/README.md):%n");
			out.printf("  %-15s %-14s %s%n", "user", "organization", "roles");
			DEMO_LOGINS.forEach(line -> out.println("  " + line));
		}
		printMemory(platform.processes(), out);
		out.printf("%nLogs: %s%n", config.workDir().resolve("logs"));
	}

	private static void printMemory(List<PartProcess> processes, PrintStream out) {
		if (processes.isEmpty()) {
			return;
		}
		out.printf("%nMemory (resident):%n");
		processes.forEach(p -> out.printf("  %-22s pid %-8d %6d MB%n", p.part(), p.pid(), p.residentKb() / 1024));
		long total = processes.stream().mapToLong(PartProcess::residentKb).sum();
		out.printf("  %-22s %-12s %6d MB%n", "total", "", total / 1024);
	}

}
