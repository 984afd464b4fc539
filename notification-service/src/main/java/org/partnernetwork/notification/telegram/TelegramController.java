package org.partnernetwork.notification.telegram;

import org.partnernetwork.notification.config.NotificationProperties;
import org.partnernetwork.notification.preference.Choice;
import org.partnernetwork.notification.preference.Preferences;
import org.partnernetwork.notification.telegram.TelegramLinking.LinkCode;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own Telegram link: whether there is a bot and whether their chat is linked
 * (and could not be reached), a new one-time code to link it, and unlinking.
 */
@RestController
@RequestMapping("/api/notifications/telegram")
class TelegramController {

	private final TelegramLinking linking;

	private final TelegramOutbox outbox;

	private final Preferences preferences;

	private final NotificationProperties.Telegram settings;

	TelegramController(TelegramLinking linking, TelegramOutbox outbox, Preferences preferences,
			NotificationProperties properties) {
		this.linking = linking;
		this.outbox = outbox;
		this.preferences = preferences;
		this.settings = properties.telegram();
	}

	/** Unlinks the caller's chat; answers how things stand now. */
	@DeleteMapping
	TelegramStatus unlink(CurrentUser person) {
		preferences.unlinkTelegram(person);
		return status(person);
	}

	@GetMapping
	TelegramStatus status(CurrentUser person) {
		Choice choice = preferences.of(person.userId());
		boolean linked = choice.telegramChatId() != null;
		return new TelegramStatus(settings.enabled(), settings.enabled() ? settings.botName() : null, linked,
				outbox.unreachable(person.userId(), linked ? choice.telegramLinkedAt() : null));
	}

	@PostMapping("/code")
	ResponseEntity<LinkCode> code(CurrentUser person) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(linking.newCode(person.userId()));
	}

	/**
	 * Whether there is a bot (and its name), whether the caller's chat is linked, and
	 * whether a message to them failed for good.
	 */
	record TelegramStatus(boolean available, String botName, boolean linked, boolean unreachable) {
	}

}
