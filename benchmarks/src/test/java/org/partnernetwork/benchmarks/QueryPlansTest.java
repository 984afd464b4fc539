package org.partnernetwork.benchmarks;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnernetwork.benchmarks.QueryPlans.Plan;
import org.partnernetwork.benchmarks.QueryPlans.Step;

import static org.assertj.core.api.Assertions.assertThat;

class QueryPlansTest {

	private static final Map<String, Long> ROWS = Map.of("organisation", 10_000L, "service", 50_000L);

	private static Step step(String alias, String table, String type, String key, long rows, String extra) {
		return new Step(alias, table, type, key, rows, extra);
	}

	@Test
	void statementsThatDifferOnlyInTheirValuesHaveOneShape() {
		assertThat(QueryPlans.shape("select * from organisation o where o.id='a' limit 20"))
			.isEqualTo(QueryPlans.shape("select * from organisation o where o.id='b''c' limit 40"));
		assertThat(QueryPlans.shape("select x from service_area p1_0 where p1_0.service_id in ('a','b',null)"))
			.isEqualTo(
					QueryPlans.shape("select x from service_area p1_0 where p1_0.service_id in ('c',null,null,null)"));
		assertThat(QueryPlans.shape("select * from service s where s.id = 'a'"))
			.isNotEqualTo(QueryPlans.shape("select * from organisation o where o.id = 'a'"));
	}

	@Test
	void onlyReadsOfTheDirectoryCount() {
		assertThat(QueryPlans.isDirectoryRead("select s.id from service s where s.service_type='shelter'")).isTrue();
		assertThat(QueryPlans.isDirectoryRead("SELECT @@session.transaction_read_only")).isFalse();
		assertThat(QueryPlans.isDirectoryRead("SET autocommit=0")).isFalse();
		assertThat(QueryPlans.isDirectoryRead("select * from service_type")).isFalse();
	}

	@Test
	void aliasesAreTracedBackToTheirTables() {
		assertThat(QueryPlans.tablesByAlias("SELECT s.id FROM service s JOIN organisation o ON o.id = s.organisation_id"
				+ " WHERE EXISTS (SELECT 1 FROM service_area a WHERE a.service_id = s.id)"))
			.containsEntry("s", "service")
			.containsEntry("o", "organisation")
			.containsEntry("a", "service_area");
		assertThat(QueryPlans.tablesByAlias("select count(*) from organisation where status = 'ACTIVE'"))
			.containsEntry("organisation", "organisation")
			.doesNotContainKey("where");
	}

	@Test
	void aFullScanOfABigTableIsNotIndexDriven() {
		assertThat(PlanReport.scans("select count(*) from service s where s.name_km like '%x%'",
				List.of(step("s", "service", "ALL", null, 52_000, "Using where")), ROWS, false))
			.containsExactly("full scan of service (~52000 rows)");
		assertThat(PlanReport.scans("select * from service_type t",
				List.of(step("t", "service_type", "ALL", null, 14, "")), ROWS, false))
			.isEmpty();
	}

	@Test
	void anIndexThatReachesMostOfTheTableDoesNotNarrowTheSearch() {
		assertThat(PlanReport.scans(
				"select count(*) from organisation o join service s on s.organisation_id = o.id"
						+ " where o.status = 'ACTIVE' and s.name_km like '%x%'",
				List.of(step("o", "organisation", "ref", "ix_organisation_status_name", 8_880,
						"Using where; Using index"),
						step("s", "service", "ref", "ix_service_organisation_type", 4, "Using where")),
				ROWS, false))
			.containsExactly(
					"index ix_organisation_status_name does not narrow organisation: reads ~8880 of 10000 rows");
		assertThat(PlanReport.scans("select s.id from service s where s.service_type = 'shelter' limit 20",
				List.of(step("s", "service", "ref", "ix_service_type_ages", 3_000, "Using where")), ROWS, false))
			.isEmpty();
	}

	@Test
	void anIndexReadInOrderUnderALimitStopsAfterThePage() {
		String page = "select o.id from organisation o where o.status = 'ACTIVE' order by o.name_en limit 20";

		assertThat(PlanReport.scans(page,
				List.of(step("o", "organisation", "ref", "ix_status_name", 9_000, "Using where")), ROWS, false))
			.isEmpty();
		assertThat(PlanReport.scans(page, List
			.of(step("o", "organisation", "ref", "ix_status_name", 9_000, "Using index condition; Using filesort")),
				ROWS, false))
			.hasSize(1);
	}

	@Test
	void countingAnUnfilteredListReadsEverythingByDefinition() {
		String count = "SELECT COUNT(*) FROM organisation o WHERE o.status = 'ACTIVE'";
		List<Step> steps = List
			.of(step("o", "organisation", "ref", "ix_organisation_status_name", 9_500, "Using index"));

		assertThat(PlanReport.scans(count, steps, ROWS, true)).isEmpty();
		assertThat(PlanReport.scans(count, steps, ROWS, false)).hasSize(1);
		assertThat(PlanReport.scans(count, List.of(step("o", "organisation", "ALL", null, 10_000, "")), ROWS, true))
			.hasSize(1);
	}

	@Test
	void theSummarySaysPlainlyWhichIndexesAStatementReadsAndWhetherItSortsOrScans() {
		Plan ordered = new Plan("select o.id from organisation o where o.status = 'ACTIVE' order by o.name_en limit 20",
				1,
				List.of(step("o", "organisation", "ref", "ix_organisation_order", 9_000, "Using where; Using index")),
				null, List.of());
		Plan scanned = new Plan("select count(*) from service s join organisation o on o.id = s.organisation_id", 2,
				List.of(step("s", "service", "ALL", null, 52_000, "Using where; Using temporary; Using filesort"),
						step("o", "organisation", "eq_ref", "PRIMARY", 1, "Using where")),
				null, List.of());
		Plan fulltext = new Plan("select s.id from service s where match(s.khmer_trigrams) against ('+x') limit 20", 1,
				List.of(step("s", "service", "fulltext", "ft_service_khmer", 1, "Using where; Using filesort")), null,
				List.of());

		assertThat(PlanReport.summary(ordered))
			.isEqualTo("page: ix_organisation_order (organisation); no filesort; no full scan");
		assertThat(PlanReport.summary(scanned)).isEqualTo(
				"count (x2): PRIMARY (organisation); FILESORT of ~52000 rows;" + " FULL SCAN of service (~52000 rows)");
		assertThat(PlanReport.summary(fulltext)).isEqualTo(
				"page: ft_service_khmer (service, FULLTEXT);" + " FILESORT of all FULLTEXT matches; no full scan");
	}

	@Test
	void longSelectAndInListsAreShortenedForReading() {
		String sql = "select se1_0.id,se1_0.created_at,se1_0.description_en,se1_0.description_km,se1_0.max_age,"
				+ "se1_0.min_age,se1_0.name_en from service se1_0 where se1_0.id in ('a','b','c','d',null,null)";

		assertThat(PlanReport.shorten(sql))
			.isEqualTo("select <7 columns> from service se1_0 where se1_0.id in ('a', … 4 values and 2 nulls)");
	}

}
