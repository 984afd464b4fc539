package org.partnernetwork.organisation.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.partnernetwork.organisation.search.SearchViews.OrganisationMatch;
import org.partnernetwork.organisation.search.SearchViews.SearchPage;
import org.partnernetwork.organisation.search.SearchViews.ServiceMatch;
import org.partnernetwork.support.web.PageResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finding help: the lists of services and organisations, filtered by
 * {@link SearchCriteria}.
 */
@RestController
class SearchController {

	private final DirectorySearch search;

	SearchController(DirectorySearch search) {
		this.search = search;
	}

	/**
	 * Active organisations offering a service that matches, or all of them without
	 * filters.
	 */
	@GetMapping("/api/organisations")
	SearchPage<OrganisationMatch> list(@Valid @ParameterObject SearchCriteria criteria,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
		return search.organisations(criteria, page, size);
	}

	/** Services of active organisations, with the organisation offering each. */
	@GetMapping("/api/services")
	SearchPage<ServiceMatch> services(@Valid @ParameterObject SearchCriteria criteria,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
		return search.services(criteria, page, size);
	}

}
