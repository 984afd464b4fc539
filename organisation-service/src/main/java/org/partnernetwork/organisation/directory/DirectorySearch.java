package org.partnernetwork.organisation.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationSummary;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceHit;
import org.partnernetwork.support.web.PageResponse;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding help: services, or organisations offering a matching service, among active organisations.
 * One SQL query finds the page of ids (using the indexes the filters allow), a second loads them.
 * The order is stable and follows an index: organisation name, service name, id (services); name, slug
 * (organisations).
 */
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

	/** A service's organisation is active, checked by its key (the database then need not start from it). */
	private static final String ORGANISATION_NOT_SUSPENDED = "NOT EXISTS (SELECT 1 FROM organisation o"
			+ " WHERE o.id = s.organisation_id AND o.status <> 'ACTIVE')";

	private final NamedParameterJdbcTemplate jdbc;

	private final ServiceRepository services;

	private final OrganisationRepository organisations;

	DirectorySearch(NamedParameterJdbcTemplate jdbc, ServiceRepository services, OrganisationRepository organisations) {
		this.jdbc = jdbc;
		this.services = services;
		this.organisations = organisations;
	}

	/**
	 * Services of active organisations, said as "whose organisation is not suspended": the database then
	 * checks each service's organisation by its key instead of starting from the organisations, and can
	 * read a page in the order of {@code ix_service_order} or {@code ix_service_type_order}.
	 */
	public PageResponse<ServiceHit> services(SearchCriteria criteria, int page, int size) {
		var sql = ServiceSearchSql.forServices(criteria).withServiceText(criteria);
		String from = " FROM service s" + sql.joins() + " WHERE " + ORGANISATION_NOT_SUSPENDED + sql.where();
		return page(sql, "SELECT COUNT(*)" + from,
				"SELECT s.id" + from + " ORDER BY s.organisation_name_en, s.name_en, s.id", page, size, services,
				DirectoryMapper::hit);
	}

	/**
	 * The organisations with a matching service are found from the services (through their indexes) and
	 * then read in the order of {@code ix_organisation_order}, so that a page stops after its last row;
	 * without free text they are counted from the services alone.
	 */
	public PageResponse<OrganisationSummary> organisations(SearchCriteria criteria, int page, int size) {
		var sql = ServiceSearchSql.forServices(criteria);
		StringBuilder where = new StringBuilder(" FROM organisation o WHERE o.status = 'ACTIVE'");
		if (criteria.filtersServices()) {
			where.append(" AND o.id IN (").append(sql.organisationIds()).append(")");
		}
		if (criteria.hasText()) {
			where.append(" AND (").append(sql.textMatch(criteria, "o"))
				.append(" OR o.id IN (SELECT t.organisation_id FROM service t WHERE ")
				.append(sql.textMatch(criteria, "t")).append("))");
		}
		String count = criteria.filtersServices() && !criteria.hasText()
				? "SELECT COUNT(DISTINCT s.organisation_id) FROM service s" + sql.joins() + " WHERE "
						+ ORGANISATION_NOT_SUSPENDED + sql.where()
				: "SELECT COUNT(*)" + where;
		return page(sql, count, "SELECT o.id" + where + " ORDER BY o.name_en, o.slug, o.id", page, size,
				organisations, DirectoryMapper::summary);
	}

	private <E, V> PageResponse<V> page(ServiceSearchSql sql, String count, String select, int page, int size,
			JpaRepository<E, UUID> repository, Function<E, V> mapper) {
		long total = jdbc.queryForObject(count, sql.parameters, Long.class);
		sql.parameters.addValue("limit", size).addValue("offset", (long) page * size);
		List<UUID> ids = jdbc.queryForList(select + " LIMIT :limit OFFSET :offset", sql.parameters, String.class)
			.stream().map(UUID::fromString).toList();
		Map<UUID, E> loaded = repository.findAllById(ids).stream()
			.collect(Collectors.toMap(DirectorySearch::idOf, Function.identity()));
		List<V> items = ids.stream().map(loaded::get).map(mapper).toList();
		int totalPages = (int) ((total + size - 1) / size);
		return new PageResponse<>(items, page, size, total, totalPages);
	}

	private static UUID idOf(Object entity) {
		return entity instanceof ServiceEntity service ? service.id() : ((OrganisationEntity) entity).id();
	}
}
