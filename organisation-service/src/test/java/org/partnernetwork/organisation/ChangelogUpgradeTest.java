package org.partnernetwork.organisation;

import java.util.List;
import java.util.Set;

import org.partnernetwork.testsupport.ChangelogUpgradeContract;

/**
 * Databases made by organisation-service's changelog before directory search moved to its
 * own index (the copy is in {@code src/test/resources/changelogs-before-search-index}):
 * upgrading one runs only changeset 0006, which drops the Khmer trigram columns and the
 * FULLTEXT indexes, and leaves the schema a new database gets.
 */
class ChangelogUpgradeTest implements ChangelogUpgradeContract {

	private static final String BEFORE_SEARCH_INDEX = "db/changelog/db.changelog-master.yaml";

	@Override
	public String schema() {
		return "organisation";
	}

	@Override
	public String earlierChangelogs() {
		return "changelogs-before-search-index";
	}

	@Override
	public List<String> earlierMasters() {
		return List.of(BEFORE_SEARCH_INDEX);
	}

	@Override
	public Set<String> runWhenUpgradingFrom(String earlierMaster) {
		return Set.of("0006-drop-khmer-trigrams", "0006-drop-english-fulltext");
	}

}
