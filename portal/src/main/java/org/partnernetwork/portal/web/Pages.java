package org.partnernetwork.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The pages any page falls back on, each with its own sentence: not found (404) and
 * unavailable (503).
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * Nothing here, or nothing this person may see (another organisation's is not found
	 * either).
	 * @param sentenceKey the message key of the sentence under the heading
	 * ({@code notFound.text} the plain one)
	 */
	public static Rendering notFound(String sentenceKey) {
		return Rendering.view("portal/not-found")
			.modelAttribute("notFoundText", sentenceKey)
			.status(HttpStatus.NOT_FOUND)
			.build();
	}

	/**
	 * A service the page needs is down, slow or failing.
	 * @param textsKey the message keys' stem: {@code <textsKey>.title} and
	 * {@code <textsKey>.text} ({@code unavailable} the directory's)
	 */
	public static Rendering unavailable(String textsKey) {
		return Rendering.view("portal/unavailable")
			.modelAttribute("unavailableText", textsKey)
			.status(HttpStatus.SERVICE_UNAVAILABLE)
			.build();
	}

}
