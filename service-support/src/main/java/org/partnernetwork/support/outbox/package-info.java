/**
 * What every transactional outbox shares: the event it posts to notification-service
 * ({@link org.partnernetwork.support.outbox.PlatformEvent}), the pause between failed
 * deliveries ({@link org.partnernetwork.support.outbox.RetryPause}) and the metrics the
 * monitoring reads ({@link org.partnernetwork.support.outbox.OutboxMetrics}). Each
 * service keeps its own table, written in the transaction of the change it reports, and a
 * relay that runs under its scheduler lock.
 */
package org.partnernetwork.support.outbox;
