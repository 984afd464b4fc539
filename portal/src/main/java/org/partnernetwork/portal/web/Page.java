package org.partnernetwork.portal.web;

import java.util.List;

/**
 * One page of a service's list, as every service answers it: the items and where they
 * stand in the whole.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages;
	}
}
