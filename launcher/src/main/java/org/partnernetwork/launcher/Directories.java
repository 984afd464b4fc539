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

	/** Copies a folder and everything in it to a new place (which must not exist yet). */
	public static void copyRecursively(Path source, Path target) throws IOException {
		try (Stream<Path> tree = Files.walk(source)) {
			for (Path path : tree.toList()) {
				Files.copy(path, target.resolve(source.relativize(path).toString()));
			}
		}
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
