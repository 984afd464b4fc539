package org.partnernetwork.organisation.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * A {@link Published.Filter} as the queries of active organisations and their services.
 */
final class PublishedFilters {

	private PublishedFilters() {
	}

	/**
	 * Active organisations; modified means the organisation or one of its services
	 * changed.
	 */
	static Specification<OrganisationEntity> organisations(Published.Filter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("status"), OrganisationEntity.Status.ACTIVE));
			where.addAll(text(cb, root, filter.search()));
			if (filter.modifiedAfter() != null) {
				var services = query.subquery(Integer.class);
				var service = services.from(ServiceEntity.class);
				services.select(cb.literal(1))
					.where(cb.equal(service.get("organisation"), root),
							cb.greaterThanOrEqualTo(service.get("updatedAt"), filter.modifiedAfter()));
				where.add(cb.or(cb.greaterThanOrEqualTo(root.get("updatedAt"), filter.modifiedAfter()),
						cb.exists(services)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * Services of active organisations; modified means the service or its organisation
	 * changed.
	 */
	static Specification<ServiceEntity> services(Published.Filter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			var organisation = root.join("organisation");
			where.add(cb.equal(organisation.get("status"), OrganisationEntity.Status.ACTIVE));
			where.addAll(text(cb, root, filter.search()));
			if (filter.modifiedAfter() != null) {
				where.add(cb.or(cb.greaterThanOrEqualTo(root.get("updatedAt"), filter.modifiedAfter()),
						cb.greaterThanOrEqualTo(organisation.get("updatedAt"), filter.modifiedAfter())));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * One condition per word: the word occurs, in any case, in a name or description,
	 * English or Khmer.
	 */
	private static List<Predicate> text(CriteriaBuilder cb, From<?, ?> entity, String search) {
		if (search == null || search.isBlank()) {
			return List.of();
		}
		List<Expression<String>> fields = List.of(entity.get("nameEn"), entity.get("nameKm"),
				entity.get("descriptionEn"), entity.get("descriptionKm"));
		return Arrays.stream(search.strip().toLowerCase(Locale.ROOT).split("\\s+"))
			.map(word -> "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.map(pattern -> cb
				.or(fields.stream().map(field -> cb.like(cb.lower(field), pattern, '\\')).toArray(Predicate[]::new)))
			.toList();
	}

}
