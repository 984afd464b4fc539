package org.partnernetwork.organisation.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.partnernetwork.organisation.directory.SearchFields;
import org.partnernetwork.organisation.search.SearchViews.Counts;
import org.partnernetwork.organisation.search.SearchViews.SearchPage;

/**
 * One directory search in the index of one kind of entry (services or organisations): the
 * page of ids with the total and the counts, and then where the free text matched for
 * each id of the page. A free text in Latin letters that finds nothing is looked for
 * again with misspellings allowed ({@link FreeText}).
 */
final class IndexQuery {

	private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("serviceTypes");

	private static final AggregationKey<Map<String, Long>> AGES = AggregationKey.of("ageGroups");

	private final SearchSession session;

	private final SearchScope<Object> scope;

	private final String servicePrefix;

	private final SearchCriteria criteria;

	private final ServiceTypeSynonyms synonyms;

	private boolean fuzzy;

	/**
	 * @param servicePrefix the path of the service fields that are counted ({@code ""} or
	 * {@code "services."})
	 */
	IndexQuery(SearchSession session, String entityName, String servicePrefix, SearchCriteria criteria,
			ServiceTypeSynonyms synonyms) {
		this.session = session;
		this.scope = session.scope(Object.class, entityName);
		this.servicePrefix = servicePrefix;
		this.criteria = criteria;
		this.synonyms = synonyms;
	}

	/**
	 * The page of ids matching the filters and the free text, in relevance order then
	 * {@code order} (or {@code order} alone for name order).
	 */
	SearchPage<UUID> page(Function<SearchPredicateFactory, SearchPredicate> filters, DirectorySearch.TextMatch text,
			int page, int size, String... order) {
		SearchResult<UUID> exact = fetch(filters, text, page, size, order);
		if (exact.total().hitCount() == 0 && criteria.hasText() && !FreeText.isKhmer(criteria.q())) {
			fuzzy = true;
		}
		SearchResult<UUID> result = fuzzy ? fetch(filters, text, page, size, order) : exact;
		long total = result.total().hitCount();
		Map<String, Long> ages = new LinkedHashMap<>();
		SearchFields.AGE_GROUPS.forEach(group -> ages.put(group, result.aggregation(AGES).getOrDefault(group, 0L)));
		return new SearchPage<>(result.hits(), page, size, total, (int) ((total + size - 1) / size),
				new Counts(result.aggregation(TYPES), ages));
	}

	/**
	 * For each id, the labels of the sources the free text (any of its words) matched in;
	 * {@code nestedSources} are the services nested in an organisation.
	 */
	Map<UUID, List<String>> matchedIn(List<UUID> ids, List<TextSource> sources, List<TextSource> nestedSources) {
		Map<UUID, List<String>> matched = new HashMap<>();
		if (!criteria.hasText() || ids.isEmpty()) {
			return matched;
		}
		SearchPredicateFactory f = scope.predicate();
		Map<String, List<TextSource>> byLabel = new LinkedHashMap<>();
		sources.forEach(source -> byLabel.computeIfAbsent(source.label(), label -> new ArrayList<>()).add(source));
		for (var label : byLabel.entrySet()) {
			collect(matched, label.getKey(), text(f, (free, text) -> free.any(text, label.getValue())), ids);
		}
		if (!nestedSources.isEmpty()) {
			collect(matched, nestedSources.get(0).label(),
					text(f, (free, text) -> free.nested(TextSource.SERVICES, free.any(text, nestedSources))), ids);
		}
		return matched;
	}

	private void collect(Map<UUID, List<String>> matched, String label, SearchPredicate text, List<UUID> ids) {
		SearchPredicateFactory f = scope.predicate();
		session.search(scope)
			.select(p -> p.id(UUID.class))
			.where(f.bool().must(text).filter(f.id().matchingAny(ids)).toPredicate())
			.fetchHits(ids.size())
			.forEach(id -> matched.computeIfAbsent(id, key -> new ArrayList<>()).add(label));
	}

	private SearchResult<UUID> fetch(Function<SearchPredicateFactory, SearchPredicate> filters,
			DirectorySearch.TextMatch text, int page, int size, String[] order) {
		SearchPredicateFactory f = scope.predicate();
		SearchPredicate where = filters.apply(f);
		if (criteria.hasText()) {
			where = f.bool().must(text(f, text)).filter(where).toPredicate();
		}
		return session.search(scope)
			.select(p -> p.id(UUID.class))
			.where(where)
			.sort(sort(order))
			.aggregation(TYPES, terms(servicePrefix + "serviceType"))
			.aggregation(AGES, terms(servicePrefix + "ageGroups"))
			.fetch(page * size, size);
	}

	/** The free text or any of its synonyms ({@link ServiceTypeSynonyms}). */
	private SearchPredicate text(SearchPredicateFactory f, DirectorySearch.TextMatch match) {
		var any = f.bool();
		for (String alternative : synonyms.alternatives(criteria.q().strip())) {
			any.should(match.apply(new FreeText(f, fuzzy && !FreeText.isKhmer(alternative)), alternative));
		}
		return any.toPredicate();
	}

	private SearchSort sort(String[] order) {
		var s = scope.sort();
		SortThenStep<?> sort = criteria.byName() ? s.field(order[0]) : s.score().then().field(order[0]);
		for (int i = 1; i < order.length; i++) {
			sort = sort.then().field(order[i]);
		}
		return sort.toSort();
	}

	private SearchAggregation<Map<String, Long>> terms(String field) {
		return scope.aggregation().terms().field(field, String.class).maxTermCount(500).toAggregation();
	}

}
