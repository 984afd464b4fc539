package org.partnernetwork.launcher;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail the platform's SMTP server received.
 *
 * @param to the recipients
 * @param subject the subject
 * @param text the plain-text body (the HTML alternative's text where there is no plain
 * one)
 * @param received when the SMTP server took it in
 */
public record Mail(List<String> to, String subject, String text, Instant received) {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

	public Mail {
		to = List.copyOf(to);
	}

	/** The addresses in the body, in order (a password reset's link, say). */
	public List<String> links() {
		Matcher link = LINK.matcher(text);
		return link.results().map(m -> m.group().replace("&amp;", "&")).toList();
	}
}
