package org.partnernetwork.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** One thing the platform starts: the database, Keycloak, a service or the gateway. */
interface Part {

	String name();

	/** How long it may take to become ready. */
	Duration timeout();

	/**
	 * Begins starting it and returns without waiting; throws
	 * {@link PlatformStartException} if it cannot.
	 */
	void start();

	/** Whether it answers now. */
	boolean isReady();

	/** Why it can no longer become ready (for instance its process exited), if so. */
	Optional<String> failure();

	/**
	 * Stops it in an orderly way and waits until it has; does nothing if it is not
	 * running.
	 */
	void stop();

	/**
	 * Kills it at once (SIGKILL to its whole process tree), as a crash or the
	 * out-of-memory killer would: no shutdown hooks, no graceful close of connections.
	 * Does nothing if it is not running.
	 */
	void kill();

	/** Its operating-system processes (empty when it runs elsewhere). */
	List<ProcessHandle> processes();

	/** Where its output goes, or {@code null} if it has none. */
	Path log();

}
