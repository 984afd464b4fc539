package org.partnernetwork.testsupport;

import java.util.List;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.Changelogs.Applied;

/**
 * A service's changelog, as it is now, upgrades every database an earlier changelog made:
 * nothing that earlier changelog made runs again or fails, and the upgraded schema is the
 * one an empty database gets. The earlier changelogs are copies in the service's test
 * resources, laid out as they were on the classpath ({@code <folder>/db/changelog/...}),
 * so that Liquibase records the paths it recorded then.
 */
public interface ChangelogUpgradeContract {

	/** The service's schema ({@code referral}): the test databases are named after it. */
	String schema();

	/**
	 * The test-resources folder that holds the earlier changelogs under
	 * {@code db/changelog/}.
	 */
	String earlierChangelogs();

	/** The master changelog of each earlier version, as a path in that folder. */
	List<String> earlierMasters();

	/**
	 * The changesets that upgrading a database of this earlier version really runs (not
	 * just marks as ran).
	 */
	default Set<String> runWhenUpgradingFrom(String earlierMaster) {
		return Set.of();
	}

	@Test
	default void shouldUpgradeEveryEarlierDatabaseWithoutRunningAgainWhatItHas() {
		var softly = new SoftAssertions();
		for (String master : earlierMasters()) {
			String database = Changelogs.emptyDatabase(schema());
			Changelogs.update(database, Changelogs.earlier(earlierChangelogs()), master);
			List<Applied> before = Changelogs.history(database);

			Changelogs.update(database, Changelogs.current(), Changelogs.MASTER);

			List<Applied> after = Changelogs.history(database);
			softly.assertThat(after.subList(0, before.size())).as("what %s had applied", master).isEqualTo(before);
			softly.assertThat(after.subList(before.size(), after.size()))
				.as("what upgrading from %s runs", master)
				.filteredOn(Applied::executed)
				.extracting(Applied::id)
				.containsExactlyInAnyOrderElementsOf(runWhenUpgradingFrom(master));
		}
		softly.assertAll();
	}

	@Test
	default void shouldGiveAnUpgradedDatabaseTheTablesColumnsAndTriggersOfANewOne() {
		String fresh = Changelogs.emptyDatabase(schema());
		Changelogs.update(fresh, Changelogs.current(), Changelogs.MASTER);
		var softly = new SoftAssertions();
		for (String master : earlierMasters()) {
			String upgraded = Changelogs.emptyDatabase(schema());
			Changelogs.update(upgraded, Changelogs.earlier(earlierChangelogs()), master);
			Changelogs.update(upgraded, Changelogs.current(), Changelogs.MASTER);

			softly.assertThat(SchemaSnapshot.of(upgraded))
				.as("upgraded from %s", master)
				.isEqualTo(SchemaSnapshot.of(fresh));
		}
		softly.assertAll();
	}

}
