package org.partnernetwork.vocational.outbox;

/**
 * An event waits (PENDING) until referral-service acknowledges it, or until there is
 * nowhere to deliver it.
 */
enum OutboxState {

	PENDING, DELIVERED, ABANDONED

}
