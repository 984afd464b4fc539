package org.partnernetwork.organisation.hsds;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnernetwork.organisation.directory.DirectoryQueries;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceTypeView;
import org.partnernetwork.organisation.directory.PublishedDirectory;
import org.partnernetwork.organisation.hsds.HsdsViews.Organization;
import org.partnernetwork.organisation.hsds.HsdsViews.OrganizationSummary;
import org.partnernetwork.organisation.hsds.HsdsViews.ResultPage;
import org.partnernetwork.organisation.hsds.HsdsViews.ServiceSummary;
import org.partnernetwork.support.domain.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as HSDS publishes it, the same for every reader: active organisations and
 * their services; a suspended organisation and its services do not exist here. One answer
 * reads one snapshot.
 */
@Service
@Transactional(readOnly = true)
class HsdsQueries {

	private final PublishedDirectory published;

	private final DirectoryQueries directory;

	HsdsQueries(PublishedDirectory published, DirectoryQueries directory) {
		this.published = published;
		this.directory = directory;
	}

	ResultPage<OrganizationSummary> organizations(HsdsFilter filter) {
		return ResultPage.of(published.organisations(filter.published()), HsdsMapper::summary);
	}

	ResultPage<ServiceSummary> services(HsdsFilter filter) {
		return ResultPage.of(published.services(filter.published()), HsdsMapper::serviceSummary);
	}

	Organization organization(UUID id) {
		return published.organisation(id)
			.map(organisation -> mapper().organization(organisation))
			.orElseThrow(() -> NotFound.of("organisation"));
	}

	HsdsViews.Service service(UUID id) {
		return published.service(id)
			.map(service -> mapper().service(service, true))
			.orElseThrow(() -> NotFound.of("service"));
	}

	private HsdsMapper mapper() {
		Map<String, ServiceTypeView> types = directory.serviceTypes()
			.stream()
			.collect(Collectors.toMap(ServiceTypeView::code, Function.identity()));
		return new HsdsMapper(types);
	}

}
