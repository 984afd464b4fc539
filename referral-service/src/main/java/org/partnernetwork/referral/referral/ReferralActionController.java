package org.partnernetwork.referral.referral;

import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.media.Schema;

import org.partnernetwork.referral.consent.ConsentInput;
import org.partnernetwork.referral.referral.ReferralInputs.ActionRequest;
import org.partnernetwork.referral.referral.ReferralInputs.NoteRequest;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.support.audit.Audited;
import org.partnernetwork.support.domain.NotFound;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Acting on a referral: {@code POST /api/referrals/{id}/accept}, {@code /decline},
 * {@code /request-info}, {@code /provide-info}, {@code /start}, {@code /complete},
 * {@code /fail}, {@code /cancel}, {@code /send}, {@code /withdraw-consent}, with an
 * optional body {@code {"code": …, "note": …}}; notes; a draft's consent.
 */
@RestController
@RequestMapping("/api/referrals/{id}")
class ReferralActionController {

	private final ReferralTransitions transitions;

	ReferralActionController(ReferralTransitions transitions) {
		this.transitions = transitions;
	}

	@PostMapping("/{action:send|provide-info|accept|decline|request-info|start|complete|fail|cancel|withdraw-consent}")
	@Audited(value = "action", change = true)
	ReferralView act(@PathVariable UUID id,
			@PathVariable @Schema(allowableValues = { "send", "provide-info", "accept", "decline", "request-info",
					"start", "complete", "fail", "cancel", "withdraw-consent" }) String action,
			@Valid @RequestBody(required = false) ActionRequest request, @AuthenticationPrincipal Jwt token,
			CurrentUser user) {
		return transitions.act(id, byPath(action), request != null ? request : ActionRequest.EMPTY, user,
				token.getTokenValue());
	}

	@PostMapping("/notes")
	@Audited(value = "notes", change = true)
	ReferralView addNote(@PathVariable UUID id, @Valid @RequestBody NoteRequest note, CurrentUser user) {
		return transitions.addNote(id, note.text(), user);
	}

	@PutMapping("/consent")
	@Audited(value = "consent", change = true)
	ReferralView recordConsent(@PathVariable UUID id, @Valid @RequestBody ConsentInput consent, CurrentUser user) {
		return transitions.recordConsent(id, consent, user);
	}

	private static ReferralAction byPath(String path) {
		return Arrays.stream(ReferralAction.values())
			.filter(action -> action.path().equals(path) && action != ReferralAction.EXPIRE)
			.findFirst()
			.orElseThrow(() -> NotFound.of("action"));
	}

}
