package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.partnernetwork.launcher.Directories;

/**
 * Copies an unpacked Keycloak of the same version, without its data, instead of unpacking
 * and building anew.
 */
final class KeycloakReuse {

	private static final String TARBALL_PREFIX = "keycloak-quarkus-dist-";

	private KeycloakReuse() {
	}

	static void seed(Path root, Path workDir, PrintStream out) throws IOException {
		Optional<String> version = tarballVersion(root);
		if (version.isEmpty()) {
			return; // the launcher says what to build
		}
		String name = "keycloak-" + version.get();
		if (Files.isRegularFile(workDir.resolve(name).resolve("bin").resolve("kc.sh"))) {
			return;
		}
		for (Path candidate : List.of(root.resolve(".local").resolve(name),
				root.resolve("e2e-tests").resolve("target").resolve("platform").resolve(name))) {
			if (Files.isRegularFile(candidate.resolve("bin").resolve("kc.sh"))
					&& Files.isDirectory(candidate.resolve("lib").resolve("quarkus"))) {
				out.println("Copying the unpacked Keycloak from " + root.relativize(candidate) + " (without its data)");
				Path copying = workDir.resolve(name + ".copying");
				Directories.deleteRecursively(copying);
				Files.createDirectories(workDir);
				copyWithoutData(candidate, copying);
				Files.move(copying, workDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
				return;
			}
		}
	}

	private static Optional<String> tarballVersion(Path root) throws IOException {
		Path dir = root.resolve("launcher").resolve("target").resolve("keycloak");
		if (!Files.isDirectory(dir)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString())
				.filter(f -> f.startsWith(TARBALL_PREFIX) && f.endsWith(".tar.gz"))
				.max(Comparator.naturalOrder())
				.map(f -> f.substring(TARBALL_PREFIX.length(), f.length() - ".tar.gz".length()));
		}
	}

	private static void copyWithoutData(Path from, Path to) throws IOException {
		Path data = from.resolve("data");
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				if (dir.equals(data)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				Files.createDirectories(to.resolve(from.relativize(dir)));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.copy(file, to.resolve(from.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES,
						LinkOption.NOFOLLOW_LINKS);
				return FileVisitResult.CONTINUE;
			}
		});
	}

}
