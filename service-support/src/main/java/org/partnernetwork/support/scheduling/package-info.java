/**
 * Scheduled jobs across instances: every service runs several instances on one database,
 * and each due item (a referral to expire, a hold to lapse, an outbox event to deliver)
 * must be handled once.
 * <p>
 * <b>Switched on</b> by
 * {@link org.partnernetwork.support.scheduling.SchedulingLockAutoConfiguration} wherever
 * a {@code JdbcTemplate} is: a job annotated {@code @SchedulerLock(name = "...")} next to
 * its {@code @Scheduled} runs on one instance at a time. The lock table lives in the
 * service's schema: its master changelog includes
 * {@code db/changelog/service-support/scheduler-locks.yaml}, which ships here.
 */
package org.partnernetwork.support.scheduling;
