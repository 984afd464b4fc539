package org.partnernetwork.organisation.directory;

import java.util.List;

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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganisationController {

	private final DirectoryQueries directory;

	private final DirectoryCommands commands;

	private final DirectorySearch search;

	OrganisationController(DirectoryQueries directory, DirectoryCommands commands, DirectorySearch search) {
		this.directory = directory;
		this.commands = commands;
		this.search = search;
	}

	/** Active organisations offering a service that matches, or all of them without filters. */
	@GetMapping("/api/organisations")
	PageResponse<OrganisationSummary> list(@Valid SearchCriteria criteria,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
		return search.organisations(criteria, page, size);
	}

	/** Services of active organisations, with the organisation offering each. */
	@GetMapping("/api/services")
	PageResponse<ServiceHit> services(@Valid SearchCriteria criteria,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
		return search.services(criteria, page, size);
	}

	@GetMapping("/api/organisations/{slug}")
	OrganisationDetail get(@PathVariable @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}") String slug,
			CurrentUser reader) {
		return directory.organisation(slug, reader);
	}

	/** The organisation's admin confirms that its entry is true; sets {@code lastVerifiedAt}. */
	@PostMapping("/api/organisations/{slug}/confirm")
	@PreAuthorize("hasRole('org-admin')")
	OrganisationDetail confirm(@PathVariable String slug, CurrentUser admin) {
		return commands.confirm(slug, admin);
	}

	@GetMapping("/api/service-types")
	List<ServiceTypeView> serviceTypes() {
		return directory.serviceTypes();
	}
}
