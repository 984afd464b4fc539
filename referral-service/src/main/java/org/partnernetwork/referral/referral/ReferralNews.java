package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.partnernetwork.referral.referral.TimelineEntryEntity.Actor;
import org.partnernetwork.support.outbox.PlatformEvent;

/**
 * What a step on a referral's timeline is news of, for notification-service: a referral
 * sent (received, or transferred) for the receiver's coordinators; an answer (accepted,
 * declined, information requested) and an expiry for the person who sent it; a
 * cancellation or a consent withdrawn for the other side. Ids, kinds, organisations and
 * urgency only: never the case reference, summary, age, sex or province. A referral never
 * sent, or recorded off the platform, is news to nobody.
 */
final class ReferralNews {

	private ReferralNews() {
	}

	static Optional<PlatformEvent> of(ReferralEntity referral, String step, Actor actor, Instant at) {
		if (referral.sentAt() == null || tellsNobody(referral)) {
			return Optional.empty();
		}
		return switch (step) {
			case "SEND" -> Optional.of(toReceiver(referral,
					referral.kind() == ReferralKind.TRANSFER ? "REFERRAL_TRANSFERRED" : "REFERRAL_RECEIVED", at));
			case "ACCEPT" -> Optional.of(toSender(referral, "REFERRAL_ACCEPTED", at));
			case "DECLINE" -> Optional.of(toSender(referral, "REFERRAL_DECLINED", at));
			case "REQUEST_INFO" -> Optional.of(toSender(referral, "REFERRAL_INFORMATION_REQUESTED", at));
			case "EXPIRE" -> Optional.of(toSender(referral, "REFERRAL_EXPIRED", at));
			case "CANCEL" -> Optional.of(toReceiver(referral, "REFERRAL_CANCELLED", at));
			case "WITHDRAW_CONSENT" -> Optional.of(referral.senderOrganisation().equals(actor.organisation())
					? toReceiver(referral, "REFERRAL_CONSENT_WITHDRAWN", at)
					: toSender(referral, "REFERRAL_CONSENT_WITHDRAWN", at));
			default -> Optional.empty();
		};
	}

	/**
	 * A referral recorded off the platform tells nobody: its receiver is not on the
	 * platform, and no one there may learn of it.
	 */
	static boolean tellsNobody(ReferralEntity referral) {
		return referral.offPlatform();
	}

	private static PlatformEvent toReceiver(ReferralEntity referral, String kind, Instant at) {
		return event(referral, kind, referral.senderOrganisation(), referral.receiverOrganisation(), null, at);
	}

	private static PlatformEvent toSender(ReferralEntity referral, String kind, Instant at) {
		return event(referral, kind, referral.receiverOrganisation(), referral.senderOrganisation(),
				referral.createdBy(), at);
	}

	private static PlatformEvent event(ReferralEntity referral, String kind, String actingOrganisation,
			String organisationToTell, String person, Instant at) {
		return new PlatformEvent(UUID.randomUUID(), kind, referral.id(), actingOrganisation, organisationToTell,
				referral.urgency().name(), person, at);
	}

}
