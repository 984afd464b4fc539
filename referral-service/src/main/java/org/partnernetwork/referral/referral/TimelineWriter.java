package org.partnernetwork.referral.referral;

import java.time.Instant;

import org.partnernetwork.referral.outbox.Outbox;
import org.partnernetwork.referral.referral.SealedFields.Field;
import org.partnernetwork.referral.referral.TimelineEntryEntity.Actor;
import org.springframework.stereotype.Component;

/**
 * Writes a referral's timeline, sealing any note, counts the step in the metrics, and
 * keeps the step's news for the people on the other side in the outbox, all in the
 * caller's transaction.
 */
@Component
class TimelineWriter {

	private final TimelineRepository timeline;

	private final SealedFields sealed;

	private final ReferralMetrics metrics;

	private final Outbox outbox;

	TimelineWriter(TimelineRepository timeline, SealedFields sealed, ReferralMetrics metrics, Outbox outbox) {
		this.timeline = timeline;
		this.sealed = sealed;
		this.metrics = metrics;
		this.outbox = outbox;
	}

	void write(ReferralEntity referral, String type, Actor actor, String code, String note, Instant at) {
		String sealedNote = note == null || note.isBlank() ? null : sealed.seal(referral.id(), Field.NOTE, note);
		timeline.save(new TimelineEntryEntity(referral, type, actor, code, sealedNote, at));
		metrics.stepped(referral, type);
		ReferralNews.of(referral, type, actor, at).ifPresent(outbox::notify);
	}

	/**
	 * Says on the timeline, to both sides, which organisation leads the case now: after
	 * an accepted transfer or transfer request.
	 */
	void leadTransferred(ReferralEntity referral, Instant at) {
		write(referral, LeadStep.LEAD_TRANSFERRED, new Actor(referral.leadOrganisation(), null), null, null, at);
	}

	static Actor actor(Reader reader) {
		return new Actor(reader.organisation(), reader.user().username());
	}

}
