package org.partnernetwork.e2e;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The portal's texts in one language, read from its message files, so that a browser test
 * checks what a person reads in English or Khmer with one set of steps.
 */
final class PortalTexts {

	private static final List<String> BUNDLES = List.of("messages", "training", "organisation-admin");

	private final Properties texts = new Properties();

	private final String language;

	private PortalTexts(String language) {
		this.language = language;
		Path folder = ProjectRoot.find().resolve("portal/src/main/resources/portal");
		for (String bundle : BUNDLES) {
			Path file = folder
				.resolve(language.equals("en") ? bundle + ".properties" : bundle + "_" + language + ".properties");
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				texts.load(reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** {@code en} or {@code km}. */
	static PortalTexts in(String language) {
		return new PortalTexts(language);
	}

	/** The text of a key; a key the portal does not have fails the test by name. */
	String text(String key) {
		String text = texts.getProperty(key);
		if (text == null) {
			throw new AssertionError("The portal has no text " + key + " in " + language);
		}
		return text;
	}

}
