package org.partnernetwork.launcher;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the platform in the foreground and keeps it running until Ctrl-C or
 * {@code stop}.
 */
final class StartCommand {

	private final PlatformConfig config;

	StartCommand(PlatformConfig config) {
		this.config = config;
	}

	int run() {
		PidFile pidFile = new PidFile(config.workDir());
		Optional<ProcessHandle> running = pidFile.runningLauncher();
		if (running.isPresent()) {
			System.err.println(
					"Partner Network is running already (pid " + running.get().pid() + "). Run ./platform stop first.");
			return 1;
		}
		System.out.println("Starting Partner Network from " + config.projectRoot());
		System.out.println(
				config.usesEmbeddedDatabase() ? "Database: embedded MariaDB in " + config.workDir().resolve("mariadb")
						: "Database: " + config.externalDatabase().url() + " (DB_URL)");
		Platform platform;
		try {
			pidFile.writeCurrent();
			platform = Platform.start(config, ProgressPrinter.console());
		}
		catch (PlatformStartException e) {
			System.err.println();
			System.err.println("Partner Network did not start.");
			System.err.println(e.getMessage());
			System.err.println("Logs: " + config.workDir().resolve("logs"));
			return 1;
		}
		Summary.print(platform, System.out);
		System.out.println("Press Ctrl-C or run ./platform stop to stop.");
		watch(platform);
		return 0;
	}

	/** Runs until the JVM is told to stop; says so once if a part goes away meanwhile. */
	private static void watch(Platform platform) {
		Set<String> reported = new HashSet<>();
		while (true) {
			try {
				Thread.sleep(5_000);
			}
			catch (InterruptedException e) {
				return;
			}
			for (Map.Entry<String, String> failure : platform.failures().entrySet()) {
				if (reported.add(failure.getKey())) {
					System.err.println(failure.getKey() + " stopped unexpectedly: " + failure.getValue() + "; see "
							+ platform.config().logFile(failure.getKey()));
				}
			}
		}
	}

}
