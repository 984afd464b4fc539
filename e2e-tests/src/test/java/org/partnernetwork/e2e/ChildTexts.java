package org.partnernetwork.e2e;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every child's case reference, summary and note text the suite sends, remembered so that
 * the last test can search the platform's logs for them: none may ever appear in a log
 * line.
 */
final class ChildTexts {

	private static final Set<String> SENT = ConcurrentHashMap.newKeySet();

	private ChildTexts() {
	}

	/**
	 * Remembers a text about a child and returns it, for use inline where a request body
	 * is built.
	 */
	static String remember(String text) {
		SENT.add(text);
		return text;
	}

	/** What was remembered so far in this JVM. */
	static Set<String> sent() {
		return Set.copyOf(SENT);
	}

}
