package org.partnernetwork.organisation.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the directory's index whole. Hibernate Search indexes every change the service
 * makes as it commits; what it cannot see (a new or lost index, rows written by another
 * program while the service was down, a changed mapping) is caught on start: the
 * database's state (rows, last change, versions, and {@link #MAPPING}) is compared with
 * the state saved with the index when it was last known whole (after a rebuild, and on a
 * clean stop), and the index's entries are counted against the rows; the index is rebuilt
 * from the database (mass indexing) before the service answers when either differs.
 */
@Component
class SearchIndex implements ApplicationRunner {

	/**
	 * Raise when the index mapping or its analysis changes: the index is then rebuilt.
	 */
	static final String MAPPING = "directory-index-1";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private static final String STATE_FILE = "directory-index.state";

	private final EntityManagerFactory entityManagerFactory;

	private final JdbcTemplate jdbc;

	private final Path directory;

	SearchIndex(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, SearchIndexLocation location) {
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
		this.directory = location.directory();
	}

	/** How long a rebuild took, how many entries it indexed, and the index's size. */
	record Rebuilt(long entries, long millis, long bytes) {
	}

	/**
	 * The index now: its entries and bytes, and its last rebuild by this instance (or
	 * {@code null}: it was up to date on start).
	 */
	record Status(long entries, long bytes, Rebuilt lastRebuild) {
	}

	private volatile Rebuilt lastRebuild;

	@Override
	public void run(ApplicationArguments args) {
		rebuildIfOutdated();
	}

	/** Rebuilds the index if the database is not as it was when the index was whole. */
	boolean rebuildIfOutdated() {
		if (databaseState().equals(savedState()) && indexEntries() == entries()) {
			log.info("Directory search index in {} is up to date", directory);
			return false;
		}
		Rebuilt rebuilt = rebuild();
		log.info("Directory search index built in {} ms: {} entries, {} bytes, in {}", rebuilt.millis(),
				rebuilt.entries(), rebuilt.bytes(), directory);
		return true;
	}

	/** Rebuilds the whole index from the database. */
	Rebuilt rebuild() {
		String state = databaseState();
		long start = System.nanoTime();
		try {
			deleteState();
			Search.mapping(entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(200)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while building the directory search index", ex);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		saveState(state);
		lastRebuild = new Rebuilt(entries(), millis, size());
		return lastRebuild;
	}

	Status status() {
		return new Status(indexEntries(), size(), lastRebuild);
	}

	/** The organisations and services in the index. */
	private long indexEntries() {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			return session.search(session.scope(Object.class)).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}

	/**
	 * On a clean stop the index holds every change: the next start need not rebuild it.
	 */
	@PreDestroy
	void stopped() {
		try {
			saveState(databaseState());
		}
		catch (RuntimeException ex) {
			log.warn("Directory search index state not saved; the next start rebuilds the index: {}", ex.toString());
		}
	}

	private String databaseState() {
		return MAPPING + " " + jdbc.queryForObject(
				"SELECT CONCAT_WS(' ', (SELECT COUNT(*) FROM organisation), (SELECT MAX(updated_at) FROM organisation),"
						+ " (SELECT COALESCE(SUM(version), 0) FROM organisation), (SELECT COUNT(*) FROM service),"
						+ " (SELECT MAX(updated_at) FROM service), (SELECT COALESCE(SUM(version), 0) FROM service))",
				String.class);
	}

	private long entries() {
		return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM organisation) + (SELECT COUNT(*) FROM service)",
				Long.class);
	}

	/** The bytes of the index's files (the Lucene backend's directory). */
	long size() {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(SearchIndex::bytes).sum();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static long bytes(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0; // a file Lucene merged away meanwhile
		}
	}

	private String savedState() {
		try {
			Path file = directory.resolve(STATE_FILE);
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private void saveState(String state) {
		try {
			Files.writeString(directory.resolve(STATE_FILE), state, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void deleteState() {
		try {
			Files.deleteIfExists(directory.resolve(STATE_FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
