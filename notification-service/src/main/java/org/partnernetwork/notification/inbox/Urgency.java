package org.partnernetwork.notification.inbox;

/**
 * How soon the receiving organisation must act, as the referral says; seat requests have
 * none.
 */
public enum Urgency {

	ROUTINE, HIGH, EMERGENCY

}
