package org.partnernetwork.notification.event;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.partnernetwork.notification.config.NotificationProperties;
import org.partnernetwork.notification.inbox.Inbox;
import org.partnernetwork.notification.inbox.Inbox.Notice;
import org.partnernetwork.notification.inbox.Urgency;
import org.partnernetwork.notification.mail.Letter;
import org.partnernetwork.notification.mail.Mailbox;
import org.partnernetwork.notification.preference.Choice;
import org.partnernetwork.notification.preference.Preferences;
import org.partnernetwork.notification.telegram.TelegramOutbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides how and when people are told of something: every person gets
 * it in the portal's inbox; by e-mail when they keep e-mail on and have an address; on
 * Telegram when they linked a chat, keep it on and the platform has a bot; each in their
 * chosen language (else their account's). An e-mail or Telegram message that falls in the
 * person's quiet hours waits until they end, unless it is an EMERGENCY. Runs in the
 * caller's transaction, which also records what was announced.
 */
@Component
public class Announcer {

	private final Inbox inbox;

	private final Mailbox mailbox;

	private final TelegramOutbox telegram;

	private final Preferences preferences;

	private final NotificationProperties properties;

	private final Clock clock;

	Announcer(Inbox inbox, Mailbox mailbox, TelegramOutbox telegram, Preferences preferences,
			NotificationProperties properties, Clock clock) {
		this.inbox = inbox;
		this.mailbox = mailbox;
		this.telegram = telegram;
		this.preferences = preferences;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Tells each of these people (once each) of a notice: its id (one message per person
	 * and id), kind, organisation, urgency and the referral's or seat request's id.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void announce(Notice notice, Collection<Member> audience) {
		Map<String, Member> people = new LinkedHashMap<>();
		audience.forEach(member -> people.putIfAbsent(member.id(), member));
		inbox.deliver(notice, people.keySet());
		Instant now = clock.instant();
		String link = notice.kind().portalPath(notice.subjectId().toString());
		String urgency = notice.urgency() == null ? null : notice.urgency().name();
		for (Member member : people.values()) {
			Choice choice = preferences.of(member.id());
			Instant due = notice.urgency() == Urgency.EMERGENCY || choice.quietHours() == null ? now
					: choice.quietHours().release(now);
			var letter = new Letter(notice.eventId(), member.id(), member.email(), choice.languageOr(member.language()),
					notice.kind().name(), notice.organisation(), urgency, link);
			if (choice.email() && member.email() != null && !member.email().isBlank()) {
				mailbox.post(letter, due);
			}
			if (choice.telegram() && properties.telegram().enabled()) {
				telegram.post(letter, choice.telegramChatId(), due);
			}
		}
	}

}
