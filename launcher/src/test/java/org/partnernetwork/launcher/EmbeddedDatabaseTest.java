package org.partnernetwork.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Really starts the embedded MariaDB, twice, in a temporary work dir. */
class EmbeddedDatabaseTest {

	@Test
	void shouldServeTheThreeSchemasAndKeepTheirDataBetweenRuns(@TempDir Path workDir) throws SQLException {
		PlatformConfig config = PlatformConfig.defaults(workDir)
			.withExternalDatabase(null)
			.withRandomPorts()
			.withWorkDir(workDir)
			.withParts(List.of(Parts.DATABASE));

		Platform first = Platform.start(config, ProgressPrinter.silent());
		List<PartProcess> processes = first.processes();
		try (Connection connection = connect(first.database(), "organisation");
				Statement sql = connection.createStatement()) {
			assertThat(databases(sql)).contains("organisation", "referral", "vocational", "notification");
			assertThat(value(sql, "SELECT @@character_set_server")).isEqualTo("utf8mb4");
			assertThat(value(sql, "SELECT @@collation_server")).isEqualTo("utf8mb4_unicode_ci");
			sql.execute("CREATE TABLE kept (name VARCHAR(20))");
			sql.execute("INSERT INTO kept VALUES ('ស្វាគមន៍')");
		}
		finally {
			first.stop();
		}
		assertThat(processes).singleElement().satisfies(p -> {
			assertThat(p.part()).isEqualTo(Parts.DATABASE);
			assertThat(p.residentKb()).isPositive();
			assertThat(ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false)).as("stopped").isFalse();
		});

		Platform second = Platform.start(config, ProgressPrinter.silent());
		try (Connection connection = connect(second.database(), "organisation");
				Statement sql = connection.createStatement()) {
			assertThat(value(sql, "SELECT name FROM kept")).isEqualTo("ស្វាគមន៍");
		}
		finally {
			second.stop();
		}
	}

	private static Connection connect(DatabaseLogin db, String schema) throws SQLException {
		return DriverManager.getConnection(db.url() + "/" + schema, db.user(), db.password());
	}

	private static List<String> databases(Statement sql) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rows = sql.executeQuery("SHOW DATABASES")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static String value(Statement sql, String query) throws SQLException {
		try (ResultSet rows = sql.executeQuery(query)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
