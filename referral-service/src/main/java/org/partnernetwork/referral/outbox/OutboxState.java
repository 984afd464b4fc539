package org.partnernetwork.referral.outbox;

/**
 * An event waits (PENDING) until notification-service takes it in, or refuses it as
 * invalid (ABANDONED: posting it again would not help).
 */
enum OutboxState {

	PENDING, DELIVERED, ABANDONED

}
