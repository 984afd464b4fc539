package org.partnernetwork.notification.event;

/**
 * What follows from an event taken in (reminders set or ended), done in the transaction
 * that takes it in: kept with it, or not at all.
 */
public interface EventFollowUp {

	void taken(PlatformEvent event);

}
