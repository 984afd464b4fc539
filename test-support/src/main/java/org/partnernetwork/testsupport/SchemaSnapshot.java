package org.partnernetwork.testsupport;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a schema is made of, as the database describes it: tables, columns with their
 * types, indexes, constraints and triggers. Liquibase's own tables are left out.
 */
record SchemaSnapshot(List<String> tables, List<String> columns, List<String> indexes, List<String> constraints,
		List<String> triggers) {

	private static final String NOT_LIQUIBASE = " and lower(table_name) not like 'databasechangelog%'";

	static SchemaSnapshot of(String jdbcUrl) {
		var jdbc = new JdbcTemplate(Changelogs.dataSource(jdbcUrl));
		return new SchemaSnapshot(
				rows(jdbc,
						"select table_name from information_schema.tables where table_schema = database()"
								+ NOT_LIQUIBASE),
				rows(jdbc, """
						select concat_ws(' ', table_name, ordinal_position, column_name, column_type, is_nullable,
						  coalesce(column_default, '-'), extra)
						from information_schema.columns where table_schema = database()""" + NOT_LIQUIBASE),
				rows(jdbc, """
						select concat_ws(' ', table_name, index_name, non_unique, seq_in_index, column_name)
						from information_schema.statistics where table_schema = database()""" + NOT_LIQUIBASE),
				rows(jdbc,
						"""
								select concat_ws(' ', c.table_name, c.constraint_name, c.constraint_type,
								  coalesce(k.column_name, '-'), coalesce(k.referenced_table_name, '-'),
								  coalesce(k.referenced_column_name, '-'))
								from information_schema.table_constraints c
								left join information_schema.key_column_usage k on k.constraint_schema = c.constraint_schema
								  and k.table_name = c.table_name and k.constraint_name = c.constraint_name
								where c.constraint_schema = database()"""
								+ NOT_LIQUIBASE.replace("table_name", "c.table_name")),
				rows(jdbc, """
						select concat_ws(' ', trigger_name, action_timing, event_manipulation, event_object_table,
						  action_statement)
						from information_schema.triggers where trigger_schema = database()"""));
	}

	private static List<String> rows(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForList(sql + " order by 1", String.class);
	}
}
