package org.partnernetwork.notification.preference;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.partnernetwork.notification.preference.PreferenceViews.PreferencesRequest;
import org.partnernetwork.notification.preference.PreferenceViews.PreferencesView;
import org.partnernetwork.support.audit.AuditOutcome;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's notification settings: read and changed by that person only (the token's
 * subject), each change recorded in the audit trail with which settings changed (never
 * what any message said); the Telegram chat linked by the bot and unlinked by the person.
 */
@Service
public class Preferences {

	private final PreferenceRepository preferences;

	private final AuditTrail audit;

	private final Clock clock;

	Preferences(PreferenceRepository preferences, AuditTrail audit, Clock clock) {
		this.preferences = preferences;
		this.audit = audit;
		this.clock = clock;
	}

	/** How a person wants to be told; the usual when they never chose. */
	@Transactional(readOnly = true)
	public Choice of(String person) {
		return preferences.findById(person).map(PreferenceEntity::choice).orElse(Choice.USUAL);
	}

	@Transactional(readOnly = true)
	PreferencesView view(String person) {
		return PreferencesView.of(of(person));
	}

	@Transactional
	PreferencesView change(CurrentUser person, PreferencesRequest request) {
		PreferenceEntity entity = mine(person.userId());
		Choice before = entity.choice();
		entity.choose(request.email(), request.telegram(), request.language(), request.quietHours(), clock.instant());
		Choice after = preferences.save(entity).choice();
		List<String> changed = changes(before, after);
		if (!changed.isEmpty()) {
			audit.record(person, "change-preferences:" + String.join(",", changed), idOf(person.userId()),
					AuditOutcome.ALLOWED);
		}
		return PreferencesView.of(after);
	}

	/**
	 * Links a Telegram chat to a person (the bot's {@code /start CODE}); a chat linked to
	 * someone else before is theirs no more.
	 */
	@Transactional
	public void linkTelegram(String person, long chatId) {
		preferences.findByTelegramChatId(chatId)
			.filter(other -> !other.person().equals(person))
			.ifPresent(other -> other.unlinkTelegram(clock.instant()));
		preferences.flush();
		PreferenceEntity entity = mine(person);
		entity.linkTelegram(chatId, clock.instant());
		preferences.save(entity);
		audit.record(person, null, "", "link-telegram", idOf(person), AuditOutcome.ALLOWED);
	}

	@Transactional
	public void unlinkTelegram(CurrentUser person) {
		Optional<PreferenceEntity> entity = preferences.findById(person.userId());
		if (entity.isPresent() && entity.get().choice().telegramChatId() != null) {
			entity.get().unlinkTelegram(clock.instant());
			audit.record(person, "unlink-telegram", idOf(person.userId()), AuditOutcome.ALLOWED);
		}
	}

	private PreferenceEntity mine(String person) {
		return preferences.findById(person).orElseGet(() -> new PreferenceEntity(person, clock.instant()));
	}

	private static List<String> changes(Choice before, Choice after) {
		List<String> changed = new ArrayList<>();
		if (before.email() != after.email()) {
			changed.add("email");
		}
		if (before.telegram() != after.telegram()) {
			changed.add("telegram");
		}
		if (before.language() != after.language()) {
			changed.add("language");
		}
		if (!Objects.equals(before.quietHours(), after.quietHours())) {
			changed.add("quiet-hours");
		}
		return changed;
	}

	private static UUID idOf(String person) {
		try {
			return UUID.fromString(person);
		}
		catch (IllegalArgumentException notAUuid) {
			return null;
		}
	}

}
