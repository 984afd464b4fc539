package org.partnernetwork.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnernetwork.benchmarks.QueryPlans.Plan;
import org.partnernetwork.benchmarks.QueryPlans.Step;

/**
 * Prints query plans for people: the statement shortened, the plan's steps, and whether
 * indexes carry it.
 */
final class PlanReport {

	/**
	 * Reading this many rows without an index is what "does not use an index" means here.
	 */
	static final long SCAN_THRESHOLD = 1000;

	private static final Pattern IN_LIST = Pattern
		.compile("(?i)\\bin\\s*\\(\\s*((?:'[^']*'|null)(?:\\s*,\\s*(?:'[^']*'|null)){3,})\\s*\\)");

	private static final Pattern LIMIT = Pattern.compile("(?i)\\blimit\\b");

	private static final Pattern COUNT = Pattern.compile("(?i)^\\s*select\\s+count\\s*\\(");

	private static final Pattern SELECT_LIST = Pattern.compile("(?is)^select\\s+(.*?)\\s+from\\s");

	private PlanReport() {
	}

	/**
	 * The findings that make a plan not index-driven: a full scan of a big table, or an
	 * index that does not narrow the search (it reaches half the table or more), unless
	 * the rows come out of the index in order under a LIMIT, so that reading stops after
	 * the page. Empty: indexes carry the statement.
	 * @param listsEverything the search has no filter: its count reads every row by
	 * definition, so only a full scan counts against a COUNT statement
	 */
	static List<String> scans(String sql, List<Step> steps, Map<String, Long> tableRows, boolean listsEverything) {
		boolean sorts = steps.stream()
			.anyMatch(step -> extra(step).contains("filesort") || extra(step).contains("temporary"));
		boolean stopsAfterPage = LIMIT.matcher(sql).find() && !sorts;
		boolean countOfEverything = listsEverything && COUNT.matcher(sql).find();
		List<String> scans = new ArrayList<>();
		for (Step step : steps) {
			Long total = tableRows.get(step.tableName());
			if (step.rows() <= SCAN_THRESHOLD || "fulltext".equals(step.type())) {
				continue;
			}
			if ("ALL".equals(step.type())) {
				scans.add("full scan of " + step.tableName() + " (~" + step.rows() + " rows)");
			}
			else if (total != null && step.rows() * 2 >= total && !stopsAfterPage && !countOfEverything) {
				scans.add("index " + step.key() + " does not narrow " + step.tableName() + ": reads ~" + step.rows()
						+ " of " + total + " rows");
			}
		}
		return scans;
	}

	/** Costs worth knowing that still use an index: big sorts and temporary tables. */
	static List<String> notes(Plan plan) {
		List<String> notes = new ArrayList<>();
		for (Step step : plan.steps()) {
			String extra = step.extra() == null ? "" : step.extra();
			if (step.key() != null && !"ALL".equals(step.type())) {
				notes.add("fulltext".equals(step.type()) ? "FULLTEXT index " + step.key() + " on " + step.table()
						: "index " + step.key() + " on " + step.table() + " (" + step.type() + ", ~" + step.rows()
								+ " rows)");
			}
			if (extra.contains("filesort") && "fulltext".equals(step.type())) {
				notes.add("sorts all matches of " + step.table() + " (filesort; EXPLAIN cannot estimate how many)");
			}
			else if (extra.contains("filesort") && step.rows() > SCAN_THRESHOLD) {
				notes.add("sorts ~" + step.rows() + " rows of " + step.table() + " (filesort)");
			}
			if (extra.contains("temporary") && step.rows() > SCAN_THRESHOLD) {
				notes.add("temporary table over ~" + step.rows() + " rows of " + step.table());
			}
		}
		return notes;
	}

	/**
	 * One line a statement: what it is (page, count, load), the indexes it reads, and
	 * plainly whether it sorts its rows (a filesort, with the rows EXPLAIN expects) and
	 * whether it scans a big table whole.
	 */
	static String summary(Plan plan) {
		String kind = LIMIT.matcher(plan.sql()).find() ? "page" : COUNT.matcher(plan.sql()).find() ? "count" : "load";
		String times = plan.times() > 1 ? " (x" + plan.times() + ")" : "";
		if (plan.error() != null) {
			return kind + times + ": EXPLAIN failed";
		}
		List<String> indexes = plan.steps()
			.stream()
			.filter(step -> step.key() != null && !"ALL".equals(step.type()))
			.map(step -> step.key() + " (" + step.tableName() + ("fulltext".equals(step.type()) ? ", FULLTEXT" : "")
					+ ")")
			.distinct()
			.toList();
		List<String> sorts = plan.steps()
			.stream()
			.filter(step -> extra(step).contains("filesort"))
			.map(step -> "fulltext".equals(step.type()) ? "all FULLTEXT matches" : "~" + step.rows() + " rows")
			.toList();
		List<String> scans = plan.steps()
			.stream()
			.filter(step -> "ALL".equals(step.type()) && step.rows() > SCAN_THRESHOLD)
			.map(step -> step.tableName() + " (~" + step.rows() + " rows)")
			.toList();
		return kind + times + ": " + (indexes.isEmpty() ? "no index" : String.join(", ", indexes)) + "; "
				+ (sorts.isEmpty() ? "no filesort" : "FILESORT of " + String.join(", ", sorts)) + "; "
				+ (scans.isEmpty() ? "no full scan" : "FULL SCAN of " + String.join(", ", scans));
	}

	static void print(Plan plan, PrintStream out) {
		out.println("    " + (plan.times() > 1 ? "[run " + plan.times() + " times with other values] " : "")
				+ shorten(plan.sql()));
		if (plan.error() != null) {
			out.println("      EXPLAIN failed: " + plan.error());
			return;
		}
		out.printf("      %-4s %-18s %-8s %-34s %9s  %s%n", "step", "table", "type", "key", "rows", "Extra");
		int n = 1;
		for (Step step : plan.steps()) {
			out.printf("      %-4d %-18s %-8s %-34s %9d  %s%n", n++, step.table(), step.type(),
					step.key() == null ? "-" : step.key(), step.rows(), step.extra() == null ? "" : step.extra());
		}
		List<String> scans = plan.scans();
		List<String> notes = notes(plan).stream()
			.filter(note -> scans.stream()
				.noneMatch(scan -> note.startsWith("index ") && scan.startsWith(note.split(" on ")[0] + " ")))
			.toList();
		out.println(scans.isEmpty() ? "      => index-driven" + (notes.isEmpty() ? "" : ": " + String.join("; ", notes))
				: "      => NOT INDEX-DRIVEN: " + String.join("; ", scans)
						+ (notes.isEmpty() ? "" : " (also: " + String.join("; ", notes) + ")"));
	}

	/**
	 * A long select list becomes its column count; a long IN list its value count. For
	 * reading only.
	 */
	static String shorten(String sql) {
		String shortened = sql.replaceAll("\\s+", " ").strip();
		Matcher select = SELECT_LIST.matcher(shortened);
		if (select.find() && select.group(1).length() > 80) {
			int columns = select.group(1).split(",").length;
			shortened = shortened.substring(0, select.start(1)) + "<" + columns + " columns>"
					+ shortened.substring(select.end(1));
		}
		Matcher in = IN_LIST.matcher(shortened);
		StringBuilder result = new StringBuilder();
		while (in.find()) {
			String[] values = in.group(1).split("\\s*,\\s*");
			long nulls = Arrays.stream(values).filter("null"::equalsIgnoreCase).count();
			in.appendReplacement(result, Matcher.quoteReplacement("in (" + values[0] + ", … " + (values.length - nulls)
					+ " values" + (nulls > 0 ? " and " + nulls + " nulls" : "") + ")"));
		}
		in.appendTail(result);
		return result.toString();
	}

	private static String extra(Step step) {
		return step.extra() == null ? "" : step.extra().toLowerCase(Locale.ROOT);
	}

}
