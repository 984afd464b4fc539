package org.partnernetwork.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Keycloak server the build copied from Maven Central, unpacked once into the work
 * dir.
 */
final class KeycloakDistribution {

	private static final String PREFIX = "keycloak-quarkus-dist-";

	private static final String SUFFIX = ".tar.gz";

	private KeycloakDistribution() {
	}

	/**
	 * {@code <projectRoot>/launcher/target/keycloak/keycloak-quarkus-dist-<version>.tar.gz}.
	 */
	static Path tarball(Path projectRoot) {
		Path dir = projectRoot.resolve("launcher").resolve("target").resolve("keycloak");
		try (Stream<Path> files = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
			return files.filter(f -> f.getFileName().toString().startsWith(PREFIX))
				.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
				.max(Comparator.naturalOrder())
				.orElseThrow(() -> new PlatformStartException(Parts.KEYCLOAK,
						"its distribution is missing from " + dir + "; build first: ./mvnw -DskipTests package"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String version(Path tarball) {
		String name = tarball.getFileName().toString();
		return name.substring(PREFIX.length(), name.length() - SUFFIX.length());
	}

	static boolean isUnpacked(Path tarball, Path workDir) {
		return Files.isRegularFile(home(tarball, workDir).resolve("bin").resolve("kc.sh"));
	}

	private static Path home(Path tarball, Path workDir) {
		return workDir.resolve("keycloak-" + version(tarball));
	}

	/**
	 * Unpacks into {@code <workDir>/keycloak-<version>} unless it is there already;
	 * returns that directory.
	 */
	static Path unpack(Path tarball, Path workDir, ProgressPrinter progress) {
		Path home = home(tarball, workDir);
		if (isUnpacked(tarball, workDir)) {
			return home;
		}
		progress.print("Unpacking Keycloak " + version(tarball) + " into " + home + " (first start only)");
		Path unpacking = workDir.resolve("keycloak-unpacking");
		try {
			Directories.deleteRecursively(unpacking);
			Files.createDirectories(unpacking);
			Process tar = new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", unpacking.toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(tar.getInputStream().readAllBytes());
			if (tar.waitFor() != 0) {
				throw new PlatformStartException(Parts.KEYCLOAK, "could not unpack " + tarball,
						output.lines().toList());
			}
			Files.move(unpacking.resolve(home.getFileName()), home, StandardCopyOption.ATOMIC_MOVE);
			Directories.deleteRecursively(unpacking);
			return home;
		}
		catch (IOException e) {
			throw new PlatformStartException(Parts.KEYCLOAK, "could not unpack " + tarball + ": " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PlatformStartException(Parts.KEYCLOAK, "interrupted while unpacking " + tarball);
		}
	}

}
