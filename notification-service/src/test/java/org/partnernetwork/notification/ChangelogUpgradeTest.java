package org.partnernetwork.notification;

import java.util.List;
import java.util.Set;

import org.partnernetwork.testsupport.ChangelogUpgradeContract;

/**
 * Databases made by notification-service's first changelog (the inbox only) upgrade to
 * the current changelog as they are (the copies are in
 * {@code src/test/resources/changelogs-before-received-events}).
 */
class ChangelogUpgradeTest implements ChangelogUpgradeContract {

	@Override
	public String schema() {
		return "notification";
	}

	@Override
	public String earlierChangelogs() {
		return "changelogs-before-received-events";
	}

	@Override
	public List<String> earlierMasters() {
		return List.of("db/changelog/db.changelog-master.yaml");
	}

	@Override
	public Set<String> runWhenUpgradingFrom(String earlierMaster) {
		return Set.of("0002-received-event", "0003-outgoing-mail", "scheduler-lock", "0004-notification-preference",
				"0004-telegram-link-code", "0004-telegram-poll", "0004-outgoing-telegram", "audit-event",
				"audit-event-append-only", "0005-referral-reminder");
	}

}
