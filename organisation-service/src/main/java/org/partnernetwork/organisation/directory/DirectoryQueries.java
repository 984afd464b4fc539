package org.partnernetwork.organisation.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationDetail;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationSummary;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceHit;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceTypeView;
import org.partnernetwork.support.domain.NotFound;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the directory. A suspended organisation is visible only to itself and the
 * network admin. Public is only what another feature calls; the rest serves the
 * directory's own controller.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryQueries {

	private final OrganisationRepository organisations;

	private final ServiceTypeRepository serviceTypes;

	private final ServiceRepository services;

	DirectoryQueries(OrganisationRepository organisations, ServiceTypeRepository serviceTypes,
			ServiceRepository services) {
		this.organisations = organisations;
		this.serviceTypes = serviceTypes;
		this.services = services;
	}

	OrganisationDetail organisation(String slug, CurrentUser reader) {
		return organisations.findBySlug(slug)
			.filter(organisation -> organisation.isActive() || reader.actsFor(slug) || reader.hasRole("network-admin"))
			.map(organisation -> DirectoryMapper.detail(organisation, reader.actsFor(slug)))
			.orElseThrow(() -> NotFound.of("organisation"));
	}

	ServiceHit service(UUID id) {
		return services.findById(id)
			.filter(service -> service.organisation().isActive())
			.map(DirectoryMapper::hit)
			.orElseThrow(() -> NotFound.of("service"));
	}

	public List<ServiceTypeView> serviceTypes() {
		return serviceTypes.findAllByOrderBySortOrder().stream().map(DirectoryMapper::serviceType).toList();
	}

	/** Whether an organisation, active or suspended, has this slug. */
	public boolean exists(String slug) {
		return organisations.existsBySlug(slug);
	}

	/**
	 * The services with these ids, each with its organisation, in the order of the ids (a
	 * search's page).
	 */
	public List<ServiceHit> services(List<UUID> ids) {
		Map<UUID, ServiceEntity> found = services.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(ServiceEntity::id, Function.identity()));
		return ids.stream().map(found::get).map(DirectoryMapper::hit).toList();
	}

	/** The organisations with these ids, in the order of the ids (a search's page). */
	public List<OrganisationSummary> organisations(List<UUID> ids) {
		Map<UUID, OrganisationEntity> found = organisations.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(OrganisationEntity::id, Function.identity()));
		return ids.stream().map(found::get).map(DirectoryMapper::summary).toList();
	}

}
