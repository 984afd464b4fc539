package org.partnernetwork.organisation.hsds;

import java.time.Instant;

import org.partnernetwork.organisation.directory.Published;

/**
 * An HSDA list request: a 1-based {@code page}, {@code per_page}, free text
 * ({@code search}: every word must occur in the English or Khmer name or description) and
 * {@code modified_after} (inclusive). Only active organisations, and their services, are
 * published.
 */
record HsdsFilter(int page, int perPage, String search, Instant modifiedAfter) {

	static final int DEFAULT_PER_PAGE = 50;

	static final int MAX_PER_PAGE = 100;

	/** The same request of the published directory, whose pages count from 0. */
	Published.Filter published() {
		return new Published.Filter(search, modifiedAfter, page - 1, perPage);
	}
}
