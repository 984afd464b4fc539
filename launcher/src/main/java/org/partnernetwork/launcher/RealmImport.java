package org.partnernetwork.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keycloak's dev-file store skips the import once the realm exists, so a changed realm
 * file would be ignored. A fingerprint of the last import (file and placeholder values)
 * is kept beside the store; when it differs the store is reset.
 */
final class RealmImport {

	enum Decision {

		/** No store yet: Keycloak imports the realm anyway. */
		FIRST_IMPORT,
		/** Same file as last time: keep the store (and what people did in it). */
		KEEP,
		/**
		 * The file changed (or its hash is unknown): delete the store so the realm is
		 * imported again.
		 */
		RESET

	}

	private RealmImport() {
	}

	static Decision decide(boolean storeExists, Optional<String> importedHash, String currentHash) {
		if (!storeExists) {
			return Decision.FIRST_IMPORT;
		}
		return importedHash.filter(currentHash::equals).isPresent() ? Decision.KEEP : Decision.RESET;
	}

	/**
	 * What the imported realm depends on: the file and the values of its placeholders
	 * (the gateway's URL in the redirect URIs, the client secrets). A change to either
	 * means the realm must be imported again.
	 */
	static String fingerprint(Path realmFile, Map<String, String> placeholders) {
		return fingerprint(List.of(realmFile), placeholders);
	}

	/** The same for several realm files imported together. */
	static String fingerprint(List<Path> realmFiles, Map<String, String> placeholders) {
		String values = new TreeMap<>(placeholders).toString();
		String files = realmFiles.size() == 1 ? sha256(realmFiles.getFirst())
				: HexFormat.of()
					.formatHex(sha256Of(realmFiles.stream()
						.map(RealmImport::sha256)
						.collect(Collectors.joining(","))
						.getBytes(StandardCharsets.UTF_8)));
		return files + "-" + HexFormat.of().formatHex(sha256Of(values.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The realm file and the realms imported beside it: every other {@code *-realm.json}
	 * in its folder (the demo's partner sign-in service,
	 * {@code keycloak/partner-idp-realm.json}), in name order.
	 */
	static List<Path> withCompanions(Path realmFile) {
		Path folder = realmFile.toAbsolutePath().getParent();
		List<Path> files = new ArrayList<>(List.of(realmFile));
		try (Stream<Path> siblings = Files.list(folder)) {
			siblings.filter(file -> file.getFileName().toString().endsWith("-realm.json"))
				.filter(file -> !file.getFileName().equals(realmFile.getFileName()))
				.sorted()
				.forEach(files::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	private static byte[] sha256Of(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(sha256Of(Files.readAllBytes(file)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Optional<String> readHash(Path hashFile) {
		try {
			return Files.isRegularFile(hashFile) ? Optional.of(Files.readString(hashFile).strip()) : Optional.empty();
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

}
