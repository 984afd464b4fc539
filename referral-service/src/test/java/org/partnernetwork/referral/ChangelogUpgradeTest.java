package org.partnernetwork.referral;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnernetwork.testsupport.ChangelogUpgradeContract;

/**
 * Databases made by referral-service's changelogs before service-support shipped the
 * audit trail's and the Idempotency-Keys' schema upgrade to the current changelog as they
 * are (the copies are in {@code src/test/resources/changelogs-before-service-support}).
 */
class ChangelogUpgradeTest implements ChangelogUpgradeContract {

	private static final String SKELETON = "db/changelog/db.changelog-master-skeleton.yaml";

	private static final String FIRST_REFERRALS = "db/changelog/db.changelog-master-first-referrals.yaml";

	private static final String BEFORE_SERVICE_SUPPORT = "db/changelog/db.changelog-master.yaml";

	@Override
	public String schema() {
		return "referral";
	}

	@Override
	public String earlierChangelogs() {
		return "changelogs-before-service-support";
	}

	@Override
	public List<String> earlierMasters() {
		return List.of(SKELETON, FIRST_REFERRALS, BEFORE_SERVICE_SUPPORT);
	}

	@Override
	public Set<String> runWhenUpgradingFrom(String earlierMaster) {
		// every earlier database gets the scheduled jobs' lock table and consent's
		// scope, re-routing and referrals off the platform, which came later
		return Map
			.of(SKELETON,
					Set.of("0002-referral", "0002-referral-event", "idempotency-key", "scheduler-lock",
							"0004-consent-scope", "0005-rerouting", "0007-off-platform"),
					FIRST_REFERRALS,
					Set.of("idempotency-key-resource-id", "idempotency-key-resource-id-not-null", "scheduler-lock",
							"0004-consent-scope", "0005-rerouting", "0007-off-platform"),
					// renaming the key's column had dropped its NOT NULL
					BEFORE_SERVICE_SUPPORT, Set.of("idempotency-key-resource-id-not-null", "scheduler-lock",
							"0004-consent-scope", "0005-rerouting", "0007-off-platform"))
			.get(earlierMaster);
	}

}
