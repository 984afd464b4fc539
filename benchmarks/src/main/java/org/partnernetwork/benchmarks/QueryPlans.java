package org.partnernetwork.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL a request really runs, read from the server's general query log while that one
 * request is served, and each statement's {@code EXPLAIN}. The log is on only around that
 * request, never while measuring. The service's driver sends statements with their values
 * in place, so they can be explained as they are.
 */
final class QueryPlans {

	/**
	 * One line of {@code EXPLAIN}; {@code table} as the statement calls it,
	 * {@code tableName} the table's own name.
	 */
	record Step(String table, String tableName, String type, String key, long rows, String extra) {
	}

	/**
	 * A statement and its plan, or the error {@code EXPLAIN} gave; {@code times}: how
	 * often the request ran its shape; {@code scans}: why the plan is not index-driven
	 * (see {@link PlanReport#scans}), empty if it is.
	 */
	record Plan(String sql, int times, List<Step> steps, String error, List<String> scans) {

		boolean indexDriven() {
			return error == null && scans.isEmpty();
		}
	}

	private static final Pattern TABLE_ALIAS = Pattern
		.compile("(?i)\\b(?:from|join)\\s+(\\w+)(?:\\s+(?:as\\s+)?(\\w+))?");

	private static final Set<String> NOT_ALIASES = Set.of("where", "join", "on", "left", "right", "inner", "cross",
			"order", "group", "limit", "straight_join", "using");

	/**
	 * The first statement of one shape (the same SQL but for its values) and how often
	 * the request ran it.
	 */
	record Captured(String sql, int times) {
	}

	private final Connection connection;

	private final Map<String, Long> tableRows;

	/**
	 * {@code tableRows}: each directory table's row count, to tell a narrowing index from
	 * one that is not.
	 */
	QueryPlans(Connection connection, Map<String, Long> tableRows) {
		this.connection = connection;
		this.tableRows = Map.copyOf(tableRows);
	}

	/**
	 * Runs {@code request} with the general log on and answers the SELECTs other sessions
	 * sent meanwhile, by shape.
	 */
	List<Captured> capture(Runnable request) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute("SET GLOBAL log_output = 'TABLE'");
			s.execute("TRUNCATE TABLE mysql.general_log");
			s.execute("SET GLOBAL general_log = 'ON'");
			try {
				request.run();
			}
			finally {
				s.execute("SET GLOBAL general_log = 'OFF'");
			}
			Map<String, Captured> shapes = new LinkedHashMap<>();
			try (ResultSet log = s
				.executeQuery("SELECT argument FROM mysql.general_log WHERE thread_id <> CONNECTION_ID()"
						+ " AND command_type IN ('Query', 'Execute') ORDER BY event_time")) {
				while (log.next()) {
					String sql = new String(log.getBytes(1), StandardCharsets.UTF_8).strip();
					if (isDirectoryRead(sql)) {
						shapes.merge(shape(sql), new Captured(sql, 1),
								(first, again) -> new Captured(first.sql(), first.times() + 1));
					}
				}
			}
			return List.copyOf(shapes.values());
		}
	}

	/**
	 * The statement with its values taken out: {@code id = 'a'} and {@code id = 'b'} are
	 * one shape.
	 */
	static String shape(String sql) {
		return sql.replaceAll("'(?:[^'\\\\]|\\\\.|'')*'", "?")
			.replaceAll("\\b(?:null|\\d+)\\b", "?")
			.replaceAll("\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\)", "(?…)")
			.replaceAll("\\s+", " ");
	}

	static boolean isDirectoryRead(String sql) {
		String lower = sql.toLowerCase(Locale.ROOT);
		return lower.startsWith("select") && !lower.contains("@@") && !lower.contains("information_schema")
				&& !lower.contains("databasechangelog")
				&& DirectoryLoader.TABLES.stream().anyMatch(table -> lower.matches("(?s).*\\b" + table + "\\b.*"));
	}

	/**
	 * {@code listsEverything}: the search has no filter (see {@link PlanReport#scans}).
	 */
	Plan explain(Captured captured, boolean listsEverything) {
		return explain(captured.sql(), captured.times(), listsEverything);
	}

	Plan explain(String sql, int times, boolean listsEverything) {
		List<Step> steps = new ArrayList<>();
		Map<String, String> tables = tablesByAlias(sql);
		try (Statement s = connection.createStatement(); ResultSet plan = s.executeQuery("EXPLAIN " + sql)) {
			while (plan.next()) {
				String table = plan.getString("table");
				steps.add(new Step(table, tables.getOrDefault(table, table), plan.getString("type"),
						plan.getString("key"), plan.getLong("rows"), plan.getString("Extra")));
			}
			return new Plan(sql, times, steps, null, PlanReport.scans(sql, steps, tableRows, listsEverything));
		}
		catch (SQLException e) {
			return new Plan(sql, times, steps, e.getMessage(), List.of());
		}
	}

	/**
	 * {@code from service s join organisation o} → {s: service, o: organisation, service:
	 * service, ...}.
	 */
	static Map<String, String> tablesByAlias(String sql) {
		Map<String, String> tables = new HashMap<>();
		Matcher m = TABLE_ALIAS.matcher(sql);
		while (m.find()) {
			String table = m.group(1).toLowerCase(Locale.ROOT);
			tables.put(table, table);
			if (m.group(2) != null && !NOT_ALIASES.contains(m.group(2).toLowerCase(Locale.ROOT))) {
				tables.put(m.group(2), table);
			}
		}
		return tables;
	}

}
