package org.partnernetwork.notification.mail;

/** An e-mail waits (PENDING) until the SMTP server takes it, or until it has failed. */
enum MailState {

	PENDING, SENT, FAILED

}
