package org.partnernetwork.portal.web;

import java.util.List;

import org.partnernetwork.portal.web.ServiceCall.Caller;

import reactor.core.publisher.Mono;

/**
 * One feature's part of the start page's worklist: what waits for this person, counted by
 * the feature's service. A feature offers it as a bean; the start page asks every one.
 */
public interface WorkSource {

	/**
	 * The lines for this person, in the page's order; none where the person's roles have
	 * nothing here. {@code null} counts mean the service could not answer.
	 */
	Mono<List<Work>> work(Person person, Caller caller);

	/**
	 * A line of the worklist: its message key ({@code home.work.<key>}), how many, how
	 * many of them are overdue, and the filtered list it opens. {@code count} is null
	 * when the service could not answer.
	 */
	record Work(String key, Long count, long overdue, String href) {

		public static Work unavailable(String key, String href) {
			return new Work(key, null, 0, href);
		}

		public boolean known() {
			return count != null;
		}
	}

}
