package org.partnernetwork.organisation.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Where the embedded Lucene backend keeps the directory's index:
 * {@code partner-network.search.index-directory} ({@code SEARCH_INDEX_DIR}; under
 * {@code .local/} for {@code ./platform start}), or else a new temporary directory, so
 * that each run without one (a test's) builds its own index from its own database.
 */
@Component
class SearchIndexLocation implements HibernatePropertiesCustomizer {

	static final String ROOT = "hibernate.search.backend.directory.root";

	private final Path directory;

	SearchIndexLocation(@Value("${partner-network.search.index-directory:}") String configured) {
		try {
			this.directory = configured.isBlank() ? Files.createTempDirectory("organisation-search-")
					: Files.createDirectories(Path.of(configured)).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the search index's directory " + configured, ex);
		}
	}

	Path directory() {
		return directory;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		properties.putIfAbsent(ROOT, directory.toString());
	}

}
