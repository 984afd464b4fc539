package org.partnernetwork.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Folders the launcher and the benchmarks make and throw away. */
public final class Directories {

	private Directories() {
	}

	/** Deletes a folder and everything in it; nothing to do if it is not there. */
	public static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(dir)) {
			List<Path> deepestFirst = tree.sorted(Comparator.reverseOrder()).toList();
			for (Path path : deepestFirst) {
				Files.delete(path);
			}
		}
	}
}
