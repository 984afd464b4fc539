package org.partnernetwork.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A command-line tool a file check needs ({@code kubectl}, {@code promtool}). Where it is
 * missing the check cannot run: in CI ({@code CI} set, as CI runs {@code .ci/run}) the
 * test fails, since {@code .ci/run} installs the tool; on a developer's machine it is
 * skipped, saying how to install the tool.
 */
final class RequiredTool {

	private RequiredTool() {
	}

	/**
	 * The tool: the file the environment variable {@code override} names, else the
	 * PATH's.
	 */
	static Path find(String command, String override, String installHint) {
		String configured = System.getenv(override);
		if (configured != null && !configured.isBlank()) {
			if (Files.isExecutable(Path.of(configured))) {
				return Path.of(configured);
			}
			return missing(override + "=" + configured + " is not an executable file", installHint);
		}
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
				return Path.of(dir, command);
			}
		}
		return missing(command + " is not on the PATH", installHint);
	}

	private static Path missing(String problem, String installHint) {
		String message = problem + ", so this check cannot run: " + installHint + " (.ci/run does)";
		if (System.getenv("CI") != null) {
			Assertions.fail(message);
		}
		Assumptions.abort(message);
		throw new IllegalStateException("not reached");
	}

}
