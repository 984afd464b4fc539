package org.partnernetwork.organisation.directory;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;

import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationDetail;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceHit;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceTypeView;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One organisation, one service, and the network's service types; the lists are the
 * search's.
 */
@RestController
class OrganisationController {

	private final DirectoryQueries directory;

	OrganisationController(DirectoryQueries directory) {
		this.directory = directory;
	}

	@GetMapping("/api/organisations/{slug}")
	OrganisationDetail get(@PathVariable @Pattern(regexp = Codes.SLUG_LOOKUP) String slug, CurrentUser reader) {
		return directory.organisation(slug, reader);
	}

	@GetMapping("/api/services/{id}")
	ServiceHit service(@PathVariable UUID id) {
		return directory.service(id);
	}

	@GetMapping("/api/service-types")
	List<ServiceTypeView> serviceTypes() {
		return directory.serviceTypes();
	}

}
