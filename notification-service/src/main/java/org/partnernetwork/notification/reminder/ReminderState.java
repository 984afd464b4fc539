package org.partnernetwork.notification.reminder;

/**
 * A reminder waits (PENDING) until it is sent, or until the referral is answered (ENDED).
 */
enum ReminderState {

	PENDING, SENT, ENDED

}
