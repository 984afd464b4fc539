package org.partnernetwork.organisation.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the directory as it is published ({@link Published}): active organisations and
 * their services; a suspended organisation and its services do not exist here.
 */
@Service
@Transactional(readOnly = true)
public class PublishedDirectory {

	private static final Sort BY_NAME = Sort.by("nameEn", "id");

	private final OrganisationRepository organisations;

	private final ServiceRepository services;

	PublishedDirectory(OrganisationRepository organisations, ServiceRepository services) {
		this.organisations = organisations;
		this.services = services;
	}

	public Page<Published.Organisation> organisations(Published.Filter filter) {
		return organisations.findAll(PublishedFilters.organisations(filter), pageable(filter))
			.map(PublishedMapper::organisation);
	}

	public Page<Published.Service> services(Published.Filter filter) {
		return services.findAll(PublishedFilters.services(filter), pageable(filter)).map(PublishedMapper::service);
	}

	public Optional<Published.OrganisationEntry> organisation(UUID id) {
		return organisations.findByIdAndStatus(id, OrganisationEntity.Status.ACTIVE).map(PublishedMapper::entry);
	}

	public Optional<Published.ServiceEntry> service(UUID id) {
		return services.findWithOrganisationById(id)
			.filter(service -> service.organisation().isActive())
			.map(PublishedMapper::entry);
	}

	private static Pageable pageable(Published.Filter filter) {
		return PageRequest.of(filter.page(), filter.size(), BY_NAME);
	}

}
