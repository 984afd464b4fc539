package org.partnernetwork.organisation.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * An HSDA list request: a 1-based {@code page}, {@code per_page}, free text ({@code search}: every word
 * must occur in the English or Khmer name or description) and {@code modified_after} (inclusive). Only
 * active organisations, and their services, are published.
 */
record HsdsFilter(int page, int perPage, String search, Instant modifiedAfter) {

	static final int DEFAULT_PER_PAGE = 50;

	static final int MAX_PER_PAGE = 100;

	private static final Sort BY_NAME = Sort.by("nameEn", "id");

	Pageable pageable() {
		return PageRequest.of(page - 1, perPage, BY_NAME);
	}

	/** Active organisations; modified means the organisation or one of its services changed. */
	Specification<OrganisationEntity> organisations() {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("status"), OrganisationEntity.Status.ACTIVE));
			where.addAll(text(cb, root));
			if (modifiedAfter != null) {
				var services = query.subquery(Integer.class);
				var service = services.from(ServiceEntity.class);
				services.select(cb.literal(1))
					.where(cb.equal(service.get("organisation"), root),
							cb.greaterThanOrEqualTo(service.get("updatedAt"), modifiedAfter));
				where.add(cb.or(cb.greaterThanOrEqualTo(root.get("updatedAt"), modifiedAfter), cb.exists(services)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Services of active organisations; modified means the service or its organisation changed. */
	Specification<ServiceEntity> services() {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			var organisation = root.join("organisation");
			where.add(cb.equal(organisation.get("status"), OrganisationEntity.Status.ACTIVE));
			where.addAll(text(cb, root));
			if (modifiedAfter != null) {
				where.add(cb.or(cb.greaterThanOrEqualTo(root.get("updatedAt"), modifiedAfter),
						cb.greaterThanOrEqualTo(organisation.get("updatedAt"), modifiedAfter)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** One condition per word: the word occurs, in any case, in a name or description, English or Khmer. */
	private List<Predicate> text(CriteriaBuilder cb, From<?, ?> entity) {
		if (search == null || search.isBlank()) {
			return List.of();
		}
		List<Expression<String>> fields = List.of(entity.get("nameEn"), entity.get("nameKm"),
				entity.get("descriptionEn"), entity.get("descriptionKm"));
		return Arrays.stream(search.strip().toLowerCase(Locale.ROOT).split("\\s+"))
			.map(word -> "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.map(pattern -> cb.or(fields.stream()
				.map(field -> cb.like(cb.lower(field), pattern, '\\'))
				.toArray(Predicate[]::new)))
			.toList();
	}
}
