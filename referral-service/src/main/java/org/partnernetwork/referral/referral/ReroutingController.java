package org.partnernetwork.referral.referral;

import java.util.UUID;

import jakarta.validation.Valid;

import org.partnernetwork.referral.referral.ReferralInputs.RerouteRequest;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.support.audit.Audited;
import org.partnernetwork.support.idempotency.Created;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.CreatedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/referrals/{id}/refer-elsewhere}: after a decline or an expiry, a new
 * referral to another organisation made from this one (201, its location).
 */
@RestController
class ReroutingController {

	private final Rerouting rerouting;

	ReroutingController(Rerouting rerouting) {
		this.rerouting = rerouting;
	}

	@PostMapping("/api/referrals/{id}/refer-elsewhere")
	@Audited(value = "refer-elsewhere", change = true)
	ResponseEntity<ReferralView> referElsewhere(@PathVariable UUID id, @Valid @RequestBody RerouteRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@AuthenticationPrincipal Jwt token, CurrentUser user) {
		Created<ReferralView> created = rerouting.referElsewhere(id, request, user, idempotencyKey,
				token.getTokenValue());
		return CreatedResponses.of("/api/referrals/" + created.answer().id(), created);
	}

}
