package org.partnernetwork.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The logs the suite's platforms wrote under {@code e2e-tests/target}: every part's, both
 * platforms'.
 */
final class PlatformLogs {

	private PlatformLogs() {
	}

	static List<Path> all() {
		try (Stream<Path> files = Files.walk(ProjectRoot.find().resolve("e2e-tests/target"))) {
			return files.filter(file -> file.getFileName().toString().endsWith(".log") && Files.isRegularFile(file))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A log's lines; bytes that are not UTF-8 (a binary database log) are read as
	 * replacement characters.
	 */
	static List<String> lines(Path log) {
		try {
			return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where {@code text} appears: {@code <log>:<line number>}. */
	static List<String> linesContaining(String text) {
		List<String> hits = new ArrayList<>();
		for (Path log : all()) {
			List<String> lines = lines(log);
			for (int number = 0; number < lines.size(); number++) {
				if (lines.get(number).contains(text)) {
					hits.add(log + ":" + (number + 1));
				}
			}
		}
		return hits;
	}

}
