package org.partnernetwork.referral.referral;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.media.Schema;

import org.partnernetwork.referral.referral.ReferralInputs.NewReferralRequest;
import org.partnernetwork.referral.referral.ReferralViews.ReferralSummary;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.support.audit.AuditTrail.AuditEntry;
import org.partnernetwork.support.audit.Audited;
import org.partnernetwork.support.idempotency.Created;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.Box;
import org.partnernetwork.support.web.CreatedResponses;
import org.partnernetwork.support.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creating referrals and reading them: one referral, an organisation's boxes, the audit
 * trail.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

	private final ReferralCreation creation;

	private final ReferralQueries queries;

	ReferralController(ReferralCreation creation, ReferralQueries queries) {
		this.creation = creation;
		this.queries = queries;
	}

	@PostMapping
	@Audited(value = "create", change = true)
	ResponseEntity<ReferralView> create(@Valid @RequestBody NewReferralRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@AuthenticationPrincipal Jwt token, CurrentUser user) {
		Created<ReferralView> created = creation.create(request, user, idempotencyKey, token.getTokenValue());
		return CreatedResponses.of("/api/referrals/" + created.answer().id(), created);
	}

	@GetMapping
	@Audited("list")
	PageResponse<ReferralSummary> box(@RequestParam @Schema(allowableValues = { "incoming", "outgoing" }) String box,
			@RequestParam(required = false, defaultValue = "") Set<ReferralStatus> status,
			@RequestParam(required = false) ReferralKind kind, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, CurrentUser user) {
		return queries.box(user, Box.of(box), new BoxFilter(status, kind, overdue, null), page, size);
	}

	@GetMapping("/{id}")
	@Audited("read")
	ReferralView referral(@PathVariable UUID id, CurrentUser user) {
		return queries.referral(id, user);
	}

	@GetMapping("/{id}/audit")
	@Audited("audit")
	List<AuditEntry> audit(@PathVariable UUID id, CurrentUser supervisor) {
		return queries.audit(id, supervisor);
	}

}
