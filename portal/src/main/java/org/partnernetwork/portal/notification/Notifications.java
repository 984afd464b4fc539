package org.partnernetwork.portal.notification;

import java.time.Instant;
import java.util.UUID;

/** notification-service's answers, as the portal reads them. */
final class Notifications {

	private Notifications() {
	}

	/**
	 * One notification: the kind of thing, the organisation, the urgency (none for seat
	 * requests), the portal page that shows it, when, and whether it was read.
	 */
	record Notification(UUID id, String kind, String organisation, String urgency, String link, Instant createdAt,
			Instant readAt) {

		/**
		 * The portal page to open: one of the portal's referral or seat-request pages,
		 * never anywhere else.
		 */
		String safeLink() {
			return link != null && link.matches("/(referrals|training/placements)/[0-9a-f-]{36}") ? link
					: "/notifications";
		}

	}

	record Unread(long unread) {
	}

	record EmailStatus(boolean unreachable) {
	}

	/**
	 * The person's settings: e-mail and Telegram on or off (the inbox always), language
	 * (null: their account's), quiet hours.
	 */
	record Preferences(boolean inbox, boolean email, boolean telegram, boolean telegramLinked, String language,
			String quietFrom, String quietTo) {
	}

	/** What the settings page sends notification-service. */
	record PreferencesChange(boolean email, boolean telegram, String language, String quietFrom, String quietTo) {
	}

	/**
	 * Whether the platform has a Telegram bot (and its name), whether the person's chat
	 * is linked, and whether a message to them failed for good.
	 */
	record TelegramStatus(boolean available, String botName, boolean linked, boolean unreachable) {
	}

	/** A one-time code to send the bot, and until when it works. */
	record LinkCode(String code, String botName, Instant expiresAt) {
	}

}
