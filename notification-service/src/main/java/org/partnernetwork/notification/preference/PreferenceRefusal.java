package org.partnernetwork.notification.preference;

import java.util.List;

import org.partnernetwork.support.domain.FieldError;
import org.partnernetwork.support.domain.InvalidField;

/** Preferences that cannot be: each names its field. */
final class PreferenceRefusal extends InvalidField {

	private PreferenceRefusal(String field, String message, String code) {
		super(List.of(new FieldError(field, message, code)));
	}

	static PreferenceRefusal telegramNotLinked() {
		return new PreferenceRefusal("telegram", "can be switched on once a Telegram chat is linked",
				"telegram-not-linked");
	}

	static PreferenceRefusal quietHoursIncomplete(String missing) {
		return new PreferenceRefusal(missing, "quiet hours need both a start and an end", "quiet-hours-incomplete");
	}

	static PreferenceRefusal quietHoursEmpty() {
		return new PreferenceRefusal("quietTo", "must not be the same time as the start", "quiet-hours-empty");
	}

}
