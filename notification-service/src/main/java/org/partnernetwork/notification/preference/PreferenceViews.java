package org.partnernetwork.notification.preference;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The settings as the API reads and writes them. */
final class PreferenceViews {

	/** A time of day, {@code hh:mm}, 00:00 to 23:59. */
	static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

	private PreferenceViews() {
	}

	/**
	 * What a person chooses: e-mail and Telegram on or off (the inbox is always on), the
	 * language ({@code km}, {@code en}, or null for their account's) and quiet hours
	 * ({@code hh:mm} to {@code hh:mm} in Cambodia's time, both or neither).
	 */
	record PreferencesRequest(@NotNull Boolean email, @NotNull Boolean telegram, Language language,
			@Pattern(regexp = TIME, message = "must be a time of day, hh:mm") String quietFrom,
			@Pattern(regexp = TIME, message = "must be a time of day, hh:mm") String quietTo) {

		QuietHours quietHours() {
			if (quietFrom == null && quietTo == null) {
				return null;
			}
			if (quietFrom == null || quietTo == null) {
				throw PreferenceRefusal.quietHoursIncomplete(quietFrom == null ? "quietFrom" : "quietTo");
			}
			if (quietFrom.equals(quietTo)) {
				throw PreferenceRefusal.quietHoursEmpty();
			}
			return new QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietTo));
		}

	}

	/**
	 * A person's settings: the inbox (always), e-mail, Telegram (and whether a chat is
	 * linked), language (null: the account's) and quiet hours.
	 */
	record PreferencesView(boolean inbox, boolean email, boolean telegram, boolean telegramLinked, String language,
			String quietFrom, String quietTo) {

		static PreferencesView of(Choice choice) {
			QuietHours quiet = choice.quietHours();
			return new PreferencesView(true, choice.email(), choice.telegram(), choice.telegramChatId() != null,
					choice.language() == null ? null : choice.language().name(),
					quiet == null ? null : quiet.from().toString(), quiet == null ? null : quiet.to().toString());
		}

	}

}
