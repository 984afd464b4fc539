package org.partnernetwork.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the generated directory straight into the organisation schema with JDBC batches
 * (the connection rewrites them into multi-row inserts), then lets the server re-count
 * its statistics.
 */
final class DirectoryLoader {

	static final List<String> TABLES = List.of("organisation", "location", "service", "service_language",
			"service_area", "service_at_location");

	record LoadReport(Map<String, Long> rowsPerTable, Duration insertTime, Duration analyzeTime) {

		long totalRows() {
			return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private static final int ORGANISATIONS_PER_COMMIT = 1000;

	private final Connection connection;

	DirectoryLoader(Connection connection) {
		this.connection = connection;
	}

	LoadReport load(DirectoryGenerator generator) throws SQLException {
		Instant began = Instant.now();
		connection.setAutoCommit(false);
		try (Statement session = connection.createStatement()) {
			// the rows are consistent by construction; checking each one would only slow
			// the load
			session.execute("SET foreign_key_checks = 0, unique_checks = 0");
		}
		try (DirectoryInserts inserts = new DirectoryInserts(connection)) {
			int organisations = 0;
			while (generator.hasNext()) {
				inserts.add(generator.next());
				if (++organisations % ORGANISATIONS_PER_COMMIT == 0) {
					inserts.flush();
					connection.commit();
				}
			}
			inserts.flush();
			connection.commit();
		}
		catch (SQLException e) {
			connection.rollback();
			throw e;
		}
		finally {
			try (Statement session = connection.createStatement()) {
				session.execute("SET foreign_key_checks = 1, unique_checks = 1");
			}
			connection.setAutoCommit(true);
		}
		Instant inserted = Instant.now();
		try (Statement analyze = connection.createStatement()) {
			drain(analyze.executeQuery("ANALYZE TABLE " + String.join(", ", TABLES)));
		}
		return new LoadReport(rowCounts(), Duration.between(began, inserted),
				Duration.between(inserted, Instant.now()));
	}

	/** Every table's rows, the demo directory's included. */
	Map<String, Long> rowCounts() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Statement count = connection.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	private static void drain(ResultSet results) throws SQLException {
		try (results) {
			while (results.next()) {
				if ("error".equalsIgnoreCase(results.getString("Msg_type"))) {
					throw new SQLException(
							"ANALYZE TABLE " + results.getString("Table") + ": " + results.getString("Msg_text"));
				}
			}
		}
	}

}
