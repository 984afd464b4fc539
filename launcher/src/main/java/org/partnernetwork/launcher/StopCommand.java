package org.partnernetwork.launcher;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the launcher named in the pid file to stop the platform, and waits until it has.
 */
final class StopCommand {

	private static final long WAIT_SECONDS = 120;

	private final PlatformConfig config;

	StopCommand(PlatformConfig config) {
		this.config = config;
	}

	int run() {
		Optional<ProcessHandle> launcher = new PidFile(config.workDir()).runningLauncher();
		if (launcher.isEmpty()) {
			System.out.println("Partner Network is not running.");
			return 0;
		}
		ProcessHandle process = launcher.get();
		System.out.println("Stopping Partner Network (pid " + process.pid() + ")...");
		process.destroy();
		try {
			process.onExit().get(WAIT_SECONDS, TimeUnit.SECONDS);
			System.out.println("Partner Network stopped.");
			return 0;
		}
		catch (TimeoutException e) {
			System.err
				.println("Partner Network (pid " + process.pid() + ") is still stopping after " + WAIT_SECONDS + " s.");
			return 1;
		}
		catch (Exception e) {
			System.err.println("Could not wait for pid " + process.pid() + ": " + e.getMessage());
			return 1;
		}
	}

}
