package org.partnernetwork.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code <workDir>/platform.pid}: which launcher runs the platform in the foreground. */
final class PidFile {

	private final Path file;

	PidFile(Path workDir) {
		this.file = workDir.resolve("platform.pid");
	}

	Path path() {
		return file;
	}

	/**
	 * The launcher process named in the file, if it still runs (a stale file is removed).
	 */
	Optional<ProcessHandle> runningLauncher() {
		Optional<ProcessHandle> launcher = readPid().flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(true));
		if (launcher.isEmpty()) {
			delete();
		}
		return launcher;
	}

	/** Writes this process's pid; the file goes when this JVM exits. */
	void writeCurrent() {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, Long.toString(ProcessHandle.current().pid()));
			file.toFile().deleteOnExit();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write " + file, e);
		}
	}

	private Optional<Long> readPid() {
		try {
			return Files.isRegularFile(file) ? Optional.of(Long.parseLong(Files.readString(file).strip()))
					: Optional.empty();
		}
		catch (IOException | NumberFormatException e) {
			return Optional.empty();
		}
	}

	private void delete() {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// a stale file does no harm: it is checked before use
		}
	}

}
