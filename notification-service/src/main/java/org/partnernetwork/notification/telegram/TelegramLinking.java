package org.partnernetwork.notification.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.partnernetwork.notification.config.NotificationProperties;
import org.partnernetwork.notification.preference.Preferences;
import org.partnernetwork.support.domain.Conflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking a person's Telegram chat: the portal shows them a one-time code (8 letters and
 * digits, valid for a short while, once, kept hashed; a new one replaces the last), they
 * send {@code /start CODE} to the bot, and the chat it came from is theirs.
 */
@Service
class TelegramLinking {

	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final LinkCodeRepository codes;

	private final Preferences preferences;

	private final NotificationProperties.Telegram settings;

	private final Clock clock;

	TelegramLinking(LinkCodeRepository codes, Preferences preferences, NotificationProperties properties, Clock clock) {
		this.codes = codes;
		this.preferences = preferences;
		this.settings = properties.telegram();
		this.clock = clock;
	}

	/** A new code for the person; refused when there is no bot. */
	@Transactional
	LinkCode newCode(String person) {
		if (!settings.enabled()) {
			throw Conflict.of("telegram-off");
		}
		codes.deleteByPerson(person);
		codes.flush();
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		Instant expiresAt = clock.instant().plus(settings.codeValidity());
		codes.save(new LinkCodeEntity(hash(code.toString()), person, expiresAt));
		return new LinkCode(code.toString(), settings.botName(), expiresAt);
	}

	/**
	 * Links the chat a {@code /start CODE} came from to the code's person, if the code is
	 * known, unused and unexpired; answers whether it was.
	 */
	@Transactional
	boolean redeem(String code, long chatId) {
		Optional<LinkCodeEntity> found = codes.findById(hash(code.strip().toUpperCase(Locale.ROOT)));
		if (found.isEmpty() || !found.get().use(clock.instant())) {
			return false;
		}
		preferences.linkTelegram(found.get().person(), chatId);
		return true;
	}

	static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** What the portal shows: the code, the bot to send it to, until when. */
	record LinkCode(String code, String botName, Instant expiresAt) {
	}

}
