package org.partnernetwork.support.outbox;

/**
 * An outbox event waits (PENDING) until its destination takes it in (DELIVERED), or until
 * there is nowhere to deliver it or it was refused as invalid (ABANDONED: never tried
 * again).
 */
public enum OutboxState {

	PENDING, DELIVERED, ABANDONED

}
