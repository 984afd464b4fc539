package org.partnernetwork.organisation.directory;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationDetail;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationSummary;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceHit;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceTypeView;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.PageResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganisationController {

	private final DirectoryQueries directory;

	private final DirectorySearch search;

	OrganisationController(DirectoryQueries directory, DirectorySearch search) {
		this.directory = directory;
		this.search = search;
	}

	/** Active organisations offering a service that matches, or all of them without filters. */
	@GetMapping("/api/organisations")
	PageResponse<OrganisationSummary> list(@Valid @ParameterObject SearchCriteria criteria,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
		return search.organisations(criteria, page, size);
	}

	/** Services of active organisations, with the organisation offering each. */
	@GetMapping("/api/services")
	PageResponse<ServiceHit> services(@Valid @ParameterObject SearchCriteria criteria,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
		return search.services(criteria, page, size);
	}

	@GetMapping("/api/organisations/{slug}")
	OrganisationDetail get(@PathVariable @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}") String slug,
			CurrentUser reader) {
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
