package org.partnernetwork.organisation.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.partnernetwork.organisation.directory.DirectoryQueries;
import org.partnernetwork.organisation.directory.SearchFields;
import org.partnernetwork.organisation.search.SearchViews.OrganisationMatch;
import org.partnernetwork.organisation.search.SearchViews.SearchPage;
import org.partnernetwork.organisation.search.SearchViews.ServiceMatch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding help: services, or organisations offering a matching service, among active
 * organisations, in the directory's index (Hibernate Search). The index answers the page
 * of ids, the total, the counts by type and age group and where the text matched
 * ({@link IndexQuery}); the directory then loads the page's entries. Relevance order by
 * default (then names, so that equal matches and searches without text keep name order),
 * name order on request.
 */
@Service
@Transactional(readOnly = true)
class DirectorySearch {

	private final EntityManager entityManager;

	private final DirectoryQueries directory;

	private final ServiceTypeSynonyms synonyms;

	DirectorySearch(EntityManager entityManager, DirectoryQueries directory, ServiceTypeSynonyms synonyms) {
		this.entityManager = entityManager;
		this.directory = directory;
		this.synonyms = synonyms;
	}

	SearchPage<ServiceMatch> services(SearchCriteria criteria, int page, int size) {
		var query = new IndexQuery(Search.session(entityManager), "ServiceEntity", "", criteria, synonyms);
		SearchPage<UUID> ids = query.page(f -> {
			var where = f.bool().filter(f.match().field("organisation.status").matching("ACTIVE", ValueModel.INDEX));
			serviceFilters(f, criteria, "").forEach(where::filter);
			return where.toPredicate();
		}, (free, text) -> free.all(text, TextSource.SERVICE), page, size, "organisation." + SearchFields.NAME_SORT,
				SearchFields.NAME_SORT, SearchFields.SORT_KEY);
		Map<UUID, List<String>> matched = query.matchedIn(ids.items(), TextSource.SERVICE, List.of());
		return ids.with(directory.services(ids.items())
			.stream()
			.map(hit -> ServiceMatch.of(hit, matched.getOrDefault(hit.service().id(), List.of())))
			.toList());
	}

	SearchPage<OrganisationMatch> organisations(SearchCriteria criteria, int page, int size) {
		var query = new IndexQuery(Search.session(entityManager), "OrganisationEntity", TextSource.SERVICES + ".",
				criteria, synonyms);
		SearchPage<UUID> ids = query.page(f -> {
			var where = f.bool().filter(f.match().field("status").matching("ACTIVE", ValueModel.INDEX));
			if (criteria.filtersServices()) {
				var service = f.nested(TextSource.SERVICES);
				serviceFilters(f, criteria, TextSource.SERVICES + ".").forEach(service::add);
				where.filter(service);
			}
			return where.toPredicate();
		}, (free, text) -> free.either(free.all(text, TextSource.ORGANISATION),
				free.nested(TextSource.SERVICES, free.all(text, TextSource.ORGANISATION_SERVICES))), page, size,
				SearchFields.NAME_SORT, SearchFields.SORT_KEY);
		Map<UUID, List<String>> matched = query.matchedIn(ids.items(), TextSource.ORGANISATION,
				TextSource.ORGANISATION_SERVICES);
		return ids.with(directory.organisations(ids.items())
			.stream()
			.map(summary -> OrganisationMatch.of(summary, matched.getOrDefault(summary.id(), List.of())))
			.toList());
	}

	/**
	 * A service matching the child and the filters, its fields under {@code prefix}: the
	 * age within its range (no bound is indexed as 0 and 1000), its sex or any.
	 */
	private static List<SearchPredicate> serviceFilters(SearchPredicateFactory f, SearchCriteria criteria,
			String prefix) {
		List<SearchPredicate> filters = new ArrayList<>();
		if (criteria.serviceType() != null) {
			filters.add(f.match().field(prefix + "serviceType").matching(criteria.serviceType()).toPredicate());
		}
		if (criteria.province() != null) {
			filters.add(f.match().field(prefix + "provinces").matching(criteria.province()).toPredicate());
		}
		if (criteria.age() != null) {
			filters.add(f.range().field(prefix + "minAge").atMost(criteria.age()).toPredicate());
			filters.add(f.range().field(prefix + "maxAge").atLeast(criteria.age()).toPredicate());
		}
		if (criteria.sex() != null) {
			filters.add(f.terms()
				.field(prefix + "sexEligibility")
				.matchingAny(List.of("ANY", criteria.upperSex()), ValueModel.INDEX)
				.toPredicate());
		}
		if (criteria.language() != null) {
			filters.add(f.match().field(prefix + "languages").matching(criteria.language()).toPredicate());
		}
		if (criteria.capacity() != null) {
			filters.add(f.match()
				.field(prefix + "capacityStatus")
				.matching(criteria.upperCapacity(), ValueModel.INDEX)
				.toPredicate());
		}
		return filters;
	}

	/** How a search text (the coordinator's or a synonym) is matched. */
	interface TextMatch extends BiFunction<FreeText, String, SearchPredicate> {

	}

}
