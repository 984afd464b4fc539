package org.partnernetwork.organisation.hsds;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.partnernetwork.organisation.hsds.HsdsViews.Organization;
import org.partnernetwork.organisation.hsds.HsdsViews.OrganizationSummary;
import org.partnernetwork.organisation.hsds.HsdsViews.ResultPage;
import org.partnernetwork.organisation.hsds.HsdsViews.Service;
import org.partnernetwork.organisation.hsds.HsdsViews.ServiceSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory in Open Referral's Human Services Data API (HSDA, HSDS 3.0), for any
 * signed-in reader. {@code page} is 1-based as HSDA has it; {@code modified_after} is an
 * ISO-8601 instant.
 */
@RestController
@RequestMapping("/api/hsds")
class HsdsController {

	/** Keeps the row offset, (page − 1) × per_page, within what the database accepts. */
	private static final int MAX_PAGE = 1_000_000;

	private final HsdsQueries hsds;

	HsdsController(HsdsQueries hsds) {
		this.hsds = hsds;
	}

	@GetMapping("/organizations")
	ResultPage<OrganizationSummary> organizations(@RequestParam(defaultValue = "1") @Min(1) @Max(MAX_PAGE) int page,
			@RequestParam(name = "per_page",
					defaultValue = "" + HsdsFilter.DEFAULT_PER_PAGE) @Min(1) @Max(HsdsFilter.MAX_PER_PAGE) int perPage,
			@RequestParam(required = false) @Size(max = 200) String search,
			@RequestParam(name = "modified_after", required = false) Instant modifiedAfter) {
		return hsds.organizations(new HsdsFilter(page, perPage, search, modifiedAfter));
	}

	@GetMapping("/organizations/{id}")
	Organization organization(@PathVariable UUID id) {
		return hsds.organization(id);
	}

	@GetMapping("/services")
	ResultPage<ServiceSummary> services(@RequestParam(defaultValue = "1") @Min(1) @Max(MAX_PAGE) int page,
			@RequestParam(name = "per_page",
					defaultValue = "" + HsdsFilter.DEFAULT_PER_PAGE) @Min(1) @Max(HsdsFilter.MAX_PER_PAGE) int perPage,
			@RequestParam(required = false) @Size(max = 200) String search,
			@RequestParam(name = "modified_after", required = false) Instant modifiedAfter) {
		return hsds.services(new HsdsFilter(page, perPage, search, modifiedAfter));
	}

	@GetMapping("/services/{id}")
	Service service(@PathVariable UUID id) {
		return hsds.service(id);
	}

}
