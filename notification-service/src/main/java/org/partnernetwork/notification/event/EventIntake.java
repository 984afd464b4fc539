package org.partnernetwork.notification.event;

import java.time.Clock;
import java.util.List;

import org.partnernetwork.notification.inbox.Inbox.Notice;
import org.partnernetwork.support.domain.InvalidField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in the other services' events: each once, however often it is delivered. Who to
 * tell is asked of the {@link Directory} before anything is written, so that when it
 * cannot answer nothing is kept and the sender's outbox delivers the event again later;
 * then the event and what the {@link Announcer} keeps for each person (notification,
 * e-mail and Telegram message to be sent) are saved in one transaction, with what follows
 * from it ({@link EventFollowUp}: reminders set or ended). Two deliveries of one event at
 * the same moment: the event's key lets one of them through.
 */
@Service
public class EventIntake {

	private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

	private final ReceivedEventRepository received;

	private final Directory directory;

	private final Announcer announcer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final List<EventFollowUp> followUps;

	EventIntake(ReceivedEventRepository received, Directory directory, Announcer announcer,
			TransactionTemplate transaction, Clock clock, List<EventFollowUp> followUps) {
		this.received = received;
		this.directory = directory;
		this.announcer = announcer;
		this.transaction = transaction;
		this.clock = clock;
		this.followUps = followUps;
	}

	/**
	 * Takes in another service's event; answers whether it was new (false: it was taken
	 * in before). This service's own kinds are refused.
	 */
	public boolean take(PlatformEvent event) {
		if (event.kind().isOwn()) {
			throw InvalidField.of("kind", "is notification-service's own and is not taken from other services");
		}
		return tell(event);
	}

	/**
	 * Tells of an event, this service's own (a reminder) or another's, through the one
	 * delivery path: once per event id, in the caller's transaction if there is one.
	 */
	public boolean tell(PlatformEvent event) {
		if (received.existsById(event.eventId())) {
			return false;
		}
		List<Member> audience = Audience.of(event, directory);
		try {
			transaction.executeWithoutResult(status -> {
				received.saveAndFlush(new ReceivedEventEntity(event, audience.size(), clock.instant()));
				announcer.announce(new Notice(event.eventId(), event.kind(), event.organisation(), event.urgency(),
						event.subjectId(), event.occurredAt()), audience);
				followUps.forEach(followUp -> followUp.taken(event));
			});
		}
		catch (DataIntegrityViolationException alreadyTaken) {
			return false;
		}
		log.info("Event {} ({}) for {}: {} people told", event.eventId(), event.kind(), event.recipientOrganisation(),
				audience.size());
		return true;
	}

}
