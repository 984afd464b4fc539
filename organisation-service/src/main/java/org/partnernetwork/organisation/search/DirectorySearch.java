package org.partnernetwork.organisation.search;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.partnernetwork.organisation.directory.DirectoryQueries;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationSummary;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceHit;
import org.partnernetwork.support.web.PageResponse;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding help: services, or organisations offering a matching service, among active
 * organisations. One SQL query finds the page of ids (using the indexes the filters
 * allow), the directory then loads them. The order is stable and follows an index:
 * organisation name, service name, id (services); name, slug (organisations).
 */
@Service
@Transactional(readOnly = true)
class DirectorySearch {

	/**
	 * A service's organisation is active, checked by its key (the database then need not
	 * start from it).
	 */
	private static final String ORGANISATION_NOT_SUSPENDED = "NOT EXISTS (SELECT 1 FROM organisation o"
			+ " WHERE o.id = s.organisation_id AND o.status <> 'ACTIVE')";

	private final NamedParameterJdbcTemplate jdbc;

	private final DirectoryQueries directory;

	DirectorySearch(NamedParameterJdbcTemplate jdbc, DirectoryQueries directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * Services of active organisations, said as "whose organisation is not suspended":
	 * the database then checks each service's organisation by its key instead of starting
	 * from the organisations, and can read a page in the order of
	 * {@code ix_service_order} or {@code ix_service_type_order}.
	 */
	PageResponse<ServiceHit> services(SearchCriteria criteria, int page, int size) {
		var sql = ServiceSearchSql.forServices(criteria).withServiceText(criteria);
		String from = " FROM service s" + sql.joins() + " WHERE " + ORGANISATION_NOT_SUSPENDED + sql.where();
		return page(sql, "SELECT COUNT(*)" + from,
				"SELECT s.id" + from + " ORDER BY s.organisation_name_en, s.name_en, s.id", page, size,
				directory::services);
	}

	/**
	 * The organisations with a matching service are found from the services (through
	 * their indexes) and then read in the order of {@code ix_organisation_order}, so that
	 * a page stops after its last row; without free text they are counted from the
	 * services alone.
	 */
	PageResponse<OrganisationSummary> organisations(SearchCriteria criteria, int page, int size) {
		var sql = ServiceSearchSql.forServices(criteria);
		StringBuilder where = new StringBuilder(" FROM organisation o WHERE o.status = 'ACTIVE'");
		if (criteria.filtersServices()) {
			where.append(" AND o.id IN (").append(sql.organisationIds()).append(")");
		}
		if (criteria.hasText()) {
			where.append(" AND (")
				.append(sql.textMatch(criteria, "o"))
				.append(" OR o.id IN (SELECT t.organisation_id FROM service t WHERE ")
				.append(sql.textMatch(criteria, "t"))
				.append("))");
		}
		String count = criteria.filtersServices() && !criteria.hasText()
				? "SELECT COUNT(DISTINCT s.organisation_id) FROM service s" + sql.joins() + " WHERE "
						+ ORGANISATION_NOT_SUSPENDED + sql.where()
				: "SELECT COUNT(*)" + where;
		return page(sql, count, "SELECT o.id" + where + " ORDER BY o.name_en, o.slug, o.id", page, size,
				directory::organisations);
	}

	private <V> PageResponse<V> page(ServiceSearchSql sql, String count, String select, int page, int size,
			Function<List<UUID>, List<V>> load) {
		long total = jdbc.queryForObject(count, sql.parameters, Long.class);
		sql.parameters.addValue("limit", size).addValue("offset", (long) page * size);
		List<UUID> ids = jdbc.queryForList(select + " LIMIT :limit OFFSET :offset", sql.parameters, String.class)
			.stream()
			.map(UUID::fromString)
			.toList();
		int totalPages = (int) ((total + size - 1) / size);
		return new PageResponse<>(load.apply(ids), page, size, total, totalPages);
	}

}
