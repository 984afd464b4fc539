package org.partnernetwork.organisation.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.partnernetwork.organisation.directory.DirectoryViews.LocalizedText;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationRef;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationSummary;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceHit;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceView;

/** What a directory search answers. */
final class SearchViews {

	private SearchViews() {
	}

	/**
	 * A page of results: the shape of every list ({@code PageResponse}), with the counts
	 * of all matches by service type and by age group.
	 */
	record SearchPage<T>(List<T> items, int page, int size, long totalItems, int totalPages, Counts counts) {

		/** The same page with other items (the entries of these ids). */
		<V> SearchPage<V> with(List<V> entries) {
			return new SearchPage<>(entries, page, size, totalItems, totalPages, counts);
		}

	}

	/**
	 * How many matches (services, or organisations with such a service) there are of each
	 * service type and for each age group ({@code 0-5}, {@code 6-11}, {@code 12-17},
	 * {@code 18+}).
	 */
	record Counts(Map<String, Long> serviceTypes, Map<String, Long> ageGroups) {
	}

	/**
	 * A service found, with the organisation offering it and where the free text was
	 * found ({@code name.en}, {@code description.km}, {@code organisation.name.en},
	 * {@code organisation.slug}…; empty without free text).
	 */
	record ServiceMatch(OrganisationRef organisation, ServiceView service, List<String> matchedIn) {

		static ServiceMatch of(ServiceHit hit, List<String> matchedIn) {
			return new ServiceMatch(hit.organisation(), hit.service(), matchedIn);
		}

	}

	/**
	 * An organisation found, as in the directory's list, with where the free text was
	 * found ({@code name.en}, {@code slug}, {@code description.km}, {@code services}…).
	 */
	record OrganisationMatch(UUID id, String slug, LocalizedText name, String status, List<String> serviceTypes,
			List<String> provinces, Instant lastVerifiedAt, List<String> matchedIn) {

		static OrganisationMatch of(OrganisationSummary summary, List<String> matchedIn) {
			return new OrganisationMatch(summary.id(), summary.slug(), summary.name(), summary.status(),
					summary.serviceTypes(), summary.provinces(), summary.lastVerifiedAt(), matchedIn);
		}

	}

}
