package org.partnernetwork.notification.mail;

import java.time.Clock;
import java.time.Instant;

import jakarta.mail.SendFailedException;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.partnernetwork.notification.config.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the waiting e-mails over SMTP, oldest first. Each run claims the due e-mails with
 * {@code FOR UPDATE SKIP LOCKED} and records each result in the same transaction, so two
 * instances never send the same e-mail and a stop (even a kill) leaves every unsent
 * e-mail waiting. A failure waits out a growing pause; an address the server refuses, or
 * too many attempts, fail for good and the person sees it in the portal.
 */
@Component
class MailRelay {

	private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

	private final MailRepository mails;

	private final JavaMailSender smtp;

	private final NotificationProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	MailRelay(MailRepository mails, JavaMailSender smtp, NotificationProperties properties,
			TransactionTemplate transaction, Clock clock) {
		this.mails = mails;
		this.smtp = smtp;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${partner-network.mail.send-interval}",
			initialDelayString = "${partner-network.mail.send-interval}")
	@SchedulerLock(name = "notification-mail-relay", lockAtMostFor = "PT2M")
	void relay() {
		sendDue(clock.instant());
	}

	/** Sends the e-mails due by {@code now}; answers how many went. */
	int sendDue(Instant now) {
		NotificationProperties.Mail settings = properties.mail();
		Integer sent = transaction.execute(status -> {
			int count = 0;
			for (MailEntity mail : mails.claimDue(now, settings.batchSize())) {
				if (send(mail, settings)) {
					count++;
				}
			}
			return count;
		});
		return sent == null ? 0 : sent;
	}

	private boolean send(MailEntity mail, NotificationProperties.Mail settings) {
		Letter letter = mail.letter();
		var message = new SimpleMailMessage();
		message.setFrom(settings.from());
		message.setTo(letter.address());
		message.setSubject(MailTexts.subject(letter));
		message.setText(MailTexts.body(letter, properties.portalUrl()));
		try {
			smtp.send(message);
			mail.sent(clock.instant());
			return true;
		}
		catch (MailException ex) {
			boolean permanent = refusedForGood(ex);
			String failure = permanent ? "address refused" : ex.getClass().getSimpleName();
			mail.failed(failure, permanent, clock.instant(), settings.firstRetry(), settings.maxRetry(),
					settings.maxAttempts());
			log.warn("E-mail {} for event {} not sent (attempt {}{}): {}", mail.id(), letter.eventId(), mail.attempts(),
					permanent || mail.attempts() >= settings.maxAttempts() ? ", failed for good" : "", failure);
			return false;
		}
	}

	/**
	 * The server refused the address itself (5xx on RCPT): trying again will not help.
	 */
	private static boolean refusedForGood(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
					&& refused.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}

}
