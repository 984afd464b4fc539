package org.partnernetwork.organisation.directory;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnernetwork.organisation.directory.HsdsViews.Organization;
import org.partnernetwork.organisation.directory.HsdsViews.OrganizationSummary;
import org.partnernetwork.organisation.directory.HsdsViews.ResultPage;
import org.partnernetwork.organisation.directory.HsdsViews.ServiceSummary;
import org.partnernetwork.support.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as HSDS publishes it, the same for every reader: active organisations and their
 * services; a suspended organisation and its services do not exist here.
 */
@Service
@Transactional(readOnly = true)
class HsdsQueries {

	private final HsdsOrganisationRepository organisations;

	private final HsdsServiceRepository services;

	private final ServiceTypeRepository serviceTypes;

	HsdsQueries(HsdsOrganisationRepository organisations, HsdsServiceRepository services,
			ServiceTypeRepository serviceTypes) {
		this.organisations = organisations;
		this.services = services;
		this.serviceTypes = serviceTypes;
	}

	ResultPage<OrganizationSummary> organizations(HsdsFilter filter) {
		return ResultPage.of(organisations.findAll(filter.organisations(), filter.pageable()), HsdsMapper::summary);
	}

	ResultPage<ServiceSummary> services(HsdsFilter filter) {
		return ResultPage.of(services.findAll(filter.services(), filter.pageable()), HsdsMapper::serviceSummary);
	}

	Organization organization(UUID id) {
		return organisations.findByIdAndStatus(id, OrganisationEntity.Status.ACTIVE)
			.map(organisation -> mapper().organization(organisation))
			.orElseThrow(() -> NotFoundException.of("organisation"));
	}

	HsdsViews.Service service(UUID id) {
		return services.findById(id)
			.filter(service -> service.organisation().isActive())
			.map(service -> mapper().service(service, true))
			.orElseThrow(() -> NotFoundException.of("service"));
	}

	private HsdsMapper mapper() {
		Map<String, ServiceTypeEntity> types = serviceTypes.findAllByOrderBySortOrder().stream()
			.collect(Collectors.toMap(ServiceTypeEntity::code, Function.identity()));
		return new HsdsMapper(types);
	}
}
