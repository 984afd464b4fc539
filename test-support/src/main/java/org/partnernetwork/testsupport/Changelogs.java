package org.partnernetwork.testsupport;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

import javax.sql.DataSource;

import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Applies a service's Liquibase changelogs to databases of their own, the way Spring Boot
 * applies them.
 */
final class Changelogs {

	static final String MASTER = "db/changelog/db.changelog-master.yaml";

	private Changelogs() {
	}

	/** One changeset as the database's history records it. */
	record Applied(String id, String author, String file, String execType, String checksum) {

		boolean executed() {
			return "EXECUTED".equals(execType);
		}
	}

	/** A new, empty database for the schema; answers its JDBC URL. */
	static String emptyDatabase(String schema) {
		TestDatabase database = TestDatabase.shared();
		return database.jdbcUrl(database.createDatabase(schema));
	}

	/**
	 * The changelogs on the test's classpath: the service's own and service-support's.
	 */
	static ResourceLoader current() {
		return new DefaultResourceLoader(Changelogs.class.getClassLoader());
	}

	/**
	 * The changelogs in a test-resources folder, and nothing else: as if that folder were
	 * the classpath.
	 */
	static ResourceLoader earlier(String folder) {
		URL root = Changelogs.class.getClassLoader().getResource(folder + "/");
		if (root == null) {
			throw new IllegalArgumentException("No folder " + folder + " on the test classpath");
		}
		try {
			return new DefaultResourceLoader(new URLClassLoader(new URL[] { root.toURI().toURL() }, null));
		}
		catch (MalformedURLException | java.net.URISyntaxException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	static void update(String jdbcUrl, ResourceLoader resources, String master) {
		var liquibase = new SpringLiquibase();
		liquibase.setDataSource(dataSource(jdbcUrl));
		liquibase.setResourceLoader(resources);
		liquibase.setChangeLog("classpath:" + master);
		try {
			liquibase.afterPropertiesSet();
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException("Liquibase could not apply " + master, ex);
		}
	}

	static List<Applied> history(String jdbcUrl) {
		return new JdbcTemplate(dataSource(jdbcUrl)).query("""
				select id, author, filename, exectype, md5sum from DATABASECHANGELOG order by orderexecuted""",
				(row, n) -> new Applied(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getString(5)));
	}

	static DataSource dataSource(String jdbcUrl) {
		TestDatabase database = TestDatabase.shared();
		return new DriverManagerDataSource(jdbcUrl, database.user(), database.password());
	}

}
