package org.partnernetwork.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A part that is a child process: output to its log file, ready when its readiness URL
 * answers 200. Where {@code setsid} exists the child gets its own session, so a Ctrl-C in
 * the terminal reaches only the launcher, which then stops the parts in order.
 */
final class ChildProcess implements Part {

	private static final File SETSID = new File("/usr/bin/setsid");

	private static final File NO_INPUT = new File(File.separatorChar == '/' ? "/dev/null" : "NUL");

	private final String name;

	private final List<String> command;

	private final Map<String, String> environment;

	private final Path directory;

	private final Path log;

	private final URI readiness;

	private final Duration timeout;

	private Process process;

	private boolean startedBefore;

	private boolean stopRequested;

	ChildProcess(String name, List<String> command, Map<String, String> environment, Path directory, Path log,
			URI readiness, Duration timeout) {
		this.name = name;
		this.command = List.copyOf(command);
		this.environment = Map.copyOf(environment);
		this.directory = directory;
		this.log = log;
		this.readiness = readiness;
		this.timeout = timeout;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Duration timeout() {
		return timeout;
	}

	@Override
	public synchronized void start() {
		if (isRunning()) {
			return;
		}
		List<String> commandLine = new ArrayList<>();
		if (SETSID.canExecute()) {
			commandLine.add(SETSID.getPath());
		}
		commandLine.addAll(command);
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(commandLine).directory(directory.toFile())
				.redirectInput(Redirect.from(NO_INPUT))
				.redirectErrorStream(true)
				.redirectOutput(startedBefore ? Redirect.appendTo(log.toFile()) : Redirect.to(log.toFile()));
			builder.environment().putAll(environment);
			process = builder.start();
			startedBefore = true;
			stopRequested = false;
		}
		catch (IOException e) {
			throw new PlatformStartException(name,
					"could not run " + String.join(" ", command) + ": " + e.getMessage());
		}
	}

	@Override
	public boolean isReady() {
		return isRunning() && HttpProbe.answersOk(readiness);
	}

	@Override
	public synchronized Optional<String> failure() {
		if (process == null || process.isAlive() || stopRequested) {
			return Optional.empty();
		}
		return Optional.of("its process exited with code " + process.exitValue());
	}

	@Override
	public synchronized void stop() {
		stopRequested = true;
		if (isRunning()) {
			ProcessTree.terminate(process.toHandle(), ProcessTree.GRACE);
		}
	}

	@Override
	public synchronized void kill() {
		stopRequested = true;
		if (isRunning()) {
			ProcessTree.kill(process.toHandle());
		}
	}

	@Override
	public synchronized List<ProcessHandle> processes() {
		return isRunning() ? List.of(process.toHandle()) : List.of();
	}

	@Override
	public Path log() {
		return log;
	}

	private synchronized boolean isRunning() {
		return process != null && process.isAlive();
	}

}
