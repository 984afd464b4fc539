package org.partnernetwork.notification.mail;

import java.time.Clock;
import java.util.Collection;

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

	private final Clock clock;

	Mailbox(MailRepository mails, Clock clock) {
		this.mails = mails;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void post(Collection<Letter> letters) {
		mails.saveAll(letters.stream().map(letter -> new MailEntity(letter, clock.instant())).toList());
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
