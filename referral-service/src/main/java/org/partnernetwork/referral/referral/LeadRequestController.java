package org.partnernetwork.referral.referral;

import java.util.UUID;

import jakarta.validation.Valid;

import org.partnernetwork.referral.referral.ReferralInputs.ActionRequest;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.support.audit.Audited;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Transfer requests: {@code POST /api/referrals/{id}/lead-request} (the receiving
 * organisation's supervisor asks for the lead, with a reason code and an optional note),
 * {@code /lead-request/accept} and {@code /lead-request/refuse} (its lead organisation
 * answers; a refusal gives a reason code).
 */
@RestController
@RequestMapping("/api/referrals/{id}/lead-request")
class LeadRequestController {

	private final LeadRequests leadRequests;

	LeadRequestController(LeadRequests leadRequests) {
		this.leadRequests = leadRequests;
	}

	@PostMapping
	@Audited(value = "lead-request", change = true)
	ReferralView ask(@PathVariable UUID id, @Valid @RequestBody ActionRequest request, CurrentUser user) {
		return leadRequests.take(id, LeadStep.ASK, request, user);
	}

	@PostMapping("/accept")
	@Audited(value = "lead-request/accept", change = true)
	ReferralView accept(@PathVariable UUID id, @Valid @RequestBody(required = false) ActionRequest request,
			CurrentUser user) {
		return leadRequests.take(id, LeadStep.ACCEPT, request != null ? request : ActionRequest.EMPTY, user);
	}

	@PostMapping("/refuse")
	@Audited(value = "lead-request/refuse", change = true)
	ReferralView refuse(@PathVariable UUID id, @Valid @RequestBody ActionRequest request, CurrentUser user) {
		return leadRequests.take(id, LeadStep.REFUSE, request, user);
	}

}
