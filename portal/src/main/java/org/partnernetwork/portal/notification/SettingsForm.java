package org.partnernetwork.portal.notification;

import org.partnernetwork.portal.notification.Notifications.Preferences;
import org.partnernetwork.portal.notification.Notifications.PreferencesChange;
import org.partnernetwork.portal.web.FormFields;

/**
 * The notification settings as the person filled them in: e-mail and Telegram ticked or
 * not, a language ({@code km}, {@code en}, or empty for their account's), quiet hours
 * from and to ({@code hh:mm}, both or neither). notification-service checks them; its
 * refusals stand beside these fields.
 */
record SettingsForm(String email, String telegram, String language, String quietFrom, String quietTo) {

	static final FormFields FIELDS = FormFields.of("email", "telegram", "language", "quietFrom", "quietTo");

	static SettingsForm of(Preferences preferences) {
		return new SettingsForm(flag(preferences.email()), flag(preferences.telegram()), preferences.language(),
				preferences.quietFrom(), preferences.quietTo());
	}

	PreferencesChange change() {
		return new PreferencesChange("yes".equals(email), "yes".equals(telegram), blankAsNull(language),
				blankAsNull(quietFrom), blankAsNull(quietTo));
	}

	public boolean emailOn() {
		return "yes".equals(email);
	}

	public boolean telegramOn() {
		return "yes".equals(telegram);
	}

	private static String flag(boolean on) {
		return on ? "yes" : null;
	}

	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
