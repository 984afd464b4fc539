package org.partnernetwork.vocational;

import java.util.List;
import java.util.Set;

import org.partnernetwork.testsupport.ChangelogUpgradeContract;

/**
 * Databases made by vocational-service's changelogs before service-support shipped the
 * audit trail's and the Idempotency-Keys' schema upgrade to the current changelog as they
 * are (the copies are in {@code src/test/resources/changelogs-before-service-support}).
 */
class ChangelogUpgradeTest implements ChangelogUpgradeContract {

	private static final String SKELETON = "db/changelog/db.changelog-master-skeleton.yaml";

	@Override
	public String schema() {
		return "vocational";
	}

	@Override
	public String earlierChangelogs() {
		return "changelogs-before-service-support";
	}

	@Override
	public List<String> earlierMasters() {
		return List.of(SKELETON, "db/changelog/db.changelog-master.yaml");
	}

	@Override
	public Set<String> runWhenUpgradingFrom(String earlierMaster) {
		// every earlier database gets the seat requests' news destinations and the
		// scheduled
		// jobs' lock table, which came later
		return earlierMaster.equals(SKELETON)
				? Set.of("0002-opening", "0003-placement", "0004-outbox-event", "0005-outbox-destinations",
						"idempotency-key", "scheduler-lock", "0006-seat-consent")
				: Set.of("0005-outbox-destinations", "scheduler-lock", "0006-seat-consent");
	}

}
