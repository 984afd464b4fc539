package org.partnernetwork.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's top folder: the first one up from here that holds the Maven wrapper. */
final class ProjectRoot {

	private ProjectRoot() {
	}

	static Path find() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
	}

}
