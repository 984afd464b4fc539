package org.partnernetwork.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Stops a process and everything it spawned; measures their memory. */
final class ProcessTree {

	static final Duration GRACE = Duration.ofSeconds(20);

	private ProcessTree() {
	}

	/**
	 * SIGTERM to the process and its descendants, then SIGKILL to whatever is left after
	 * the grace period.
	 */
	static void terminate(ProcessHandle root, Duration grace) {
		List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
		tree.forEach(ProcessHandle::destroy);
		if (!awaitExit(tree, grace)) {
			tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
			awaitExit(tree, Duration.ofSeconds(5));
		}
	}

	/**
	 * SIGKILL to the process and its descendants (found before the first dies, so none is
	 * orphaned); waits until they are gone.
	 */
	static void kill(ProcessHandle root) {
		List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
		tree.forEach(ProcessHandle::destroyForcibly);
		awaitExit(tree, Duration.ofSeconds(10));
	}

	/**
	 * Resident memory in kB of the process and its descendants; 0 where /proc is not
	 * available.
	 */
	static long residentKb(ProcessHandle root) {
		return Stream.concat(Stream.of(root), root.descendants()).mapToLong(ProcessTree::ownResidentKb).sum();
	}

	private static long ownResidentKb(ProcessHandle process) {
		Path status = Path.of("/proc", Long.toString(process.pid()), "status");
		try (Stream<String> lines = Files.lines(status)) {
			return lines.filter(line -> line.startsWith("VmRSS:"))
				.map(line -> line.replaceAll("\\D", ""))
				.mapToLong(Long::parseLong)
				.findFirst()
				.orElse(0);
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
		CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException e) {
			return false;
		}
		catch (ExecutionException e) {
			return processes.stream().noneMatch(ProcessHandle::isAlive);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return processes.stream().noneMatch(ProcessHandle::isAlive);
		}
	}

}
