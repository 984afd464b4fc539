package org.partnernetwork.referral.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.partnernetwork.referral.referral.ReferralInputs.CaseReferenceSearch;
import org.partnernetwork.referral.referral.ReferralViews.ReferralSummary;
import org.partnernetwork.referral.referral.ReferralViews.Worklist;
import org.partnernetwork.support.audit.Audited;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.Box;
import org.partnernetwork.support.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/referrals/worklist}: what waits for the caller's organisation, counted;
 * {@code POST /api/referrals/search}: one of its boxes, narrowed to a case reference sent
 * in the body (never in a URL).
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralWorklistController {

	private final ReferralWorklist worklist;

	ReferralWorklistController(ReferralWorklist worklist) {
		this.worklist = worklist;
	}

	@GetMapping("/worklist")
	@Audited("worklist")
	Worklist worklist(CurrentUser user) {
		return worklist.counts(user);
	}

	@PostMapping("/search")
	@Audited("search")
	PageResponse<ReferralSummary> search(@Valid @RequestBody CaseReferenceSearch search,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, CurrentUser user) {
		return worklist.find(user, Box.of(search.box()), search.caseReference(), page, size);
	}

}
