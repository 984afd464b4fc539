package org.partnernetwork.notification.mail;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * An e-mail's (or a Telegram message's) subject and text in the person's language
 * ({@code mail-messages}, English and Khmer): what kind of thing happened, which
 * organisation, the urgency and the portal page's link, which needs sign-in. Made from a
 * {@link Letter}, which holds nothing about the child.
 */
public final class MailTexts {

	private static final ResourceBundleMessageSource MESSAGES = messages();

	private MailTexts() {
	}

	public static String subject(Letter letter) {
		return text("mail.subject", letter, kind(letter));
	}

	public static String body(Letter letter, String portalUrl) {
		String urgency = letter.urgency() == null ? ""
				: text("mail.urgency", letter, text("mail.urgency." + letter.urgency(), letter)) + "\n";
		return text("mail.body", letter, kind(letter), letter.organisation(), urgency, portalUrl + letter.link());
	}

	/**
	 * One of the other texts ({@code telegram.*}) in a language, {@code km} or
	 * {@code en}.
	 */
	public static String say(String code, String language) {
		return MESSAGES.getMessage(code, null, Locale.forLanguageTag(language));
	}

	private static String kind(Letter letter) {
		return text("mail.kind." + letter.kind(), letter);
	}

	private static String text(String code, Letter letter, Object... arguments) {
		return MESSAGES.getMessage(code, arguments, Locale.forLanguageTag(letter.language()));
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("mail-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
