package org.partnernetwork.vocational.placement;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.media.Schema;

import org.partnernetwork.support.audit.Audited;
import org.partnernetwork.support.idempotency.Created;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.CreatedResponses;
import org.partnernetwork.support.web.PageResponse;
import org.partnernetwork.vocational.placement.PlacementInputs.SeatRequest;
import org.partnernetwork.vocational.placement.PlacementViews.OutcomeSummary;
import org.partnernetwork.vocational.placement.PlacementViews.PlacementSummary;
import org.partnernetwork.vocational.placement.PlacementViews.PlacementView;
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
 * Asking for seats and reading placements: one placement, an organisation's boxes, its
 * outcomes (a centre's, or the seats an organisation asked for).
 */
@RestController
@RequestMapping("/api/placements")
class PlacementController {

	private final PlacementRequests requests;

	private final PlacementQueries queries;

	PlacementController(PlacementRequests requests, PlacementQueries queries) {
		this.requests = requests;
		this.queries = queries;
	}

	@PostMapping
	@Audited(value = "create", change = true)
	ResponseEntity<PlacementView> request(@Valid @RequestBody SeatRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@AuthenticationPrincipal Jwt token, CurrentUser user) {
		Created<PlacementView> created = requests.request(request, user, idempotencyKey, token.getTokenValue());
		return CreatedResponses.of("/api/placements/" + created.answer().id(), created);
	}

	@GetMapping
	@Audited("list")
	PageResponse<PlacementSummary> box(@RequestParam @Schema(allowableValues = { "incoming", "outgoing" }) String box,
			@RequestParam(required = false, defaultValue = "") Set<PlacementStatus> status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, CurrentUser user) {
		return queries.box(user, box, status, page, size);
	}

	@GetMapping("/{id}")
	@Audited("read")
	PlacementView placement(@PathVariable UUID id, CurrentUser user) {
		return queries.placement(id, user);
	}

	@GetMapping("/outcomes")
	@Audited("outcomes")
	OutcomeSummary outcomes(
			@RequestParam(defaultValue = "incoming") @Schema(allowableValues = { "incoming", "outgoing" }) String box,
			CurrentUser user) {
		return queries.outcomes(user, box);
	}

}
