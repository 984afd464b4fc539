package org.partnernetwork.notification.mail;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails waiting to go: kept in the transaction that took their event in, so that an
 * event taken in is e-mailed, even across a restart; {@link MailSender} sends them.
 */
@Component
public class Mailbox {

	private final MailRepository mails;

	Mailbox(MailRepository mails) {
		this.mails = mails;
	}

	/**
	 * Keeps one e-mail, to go at {@code due} (the end of the person's quiet hours) or
	 * later.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void post(Letter letter, Instant due) {
		mails.save(new MailEntity(letter, due));
	}

	/**
	 * Whether an e-mail to this person failed for good (the portal tells them it could
	 * not reach them).
	 */
	@Transactional(readOnly = true)
	public boolean unreachable(String person) {
		return mails.existsByRecipientAndState(person, MailState.FAILED);
	}

}
