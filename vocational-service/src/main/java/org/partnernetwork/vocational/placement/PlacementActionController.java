package org.partnernetwork.vocational.placement;

import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.media.Schema;

import org.partnernetwork.support.audit.Audited;
import org.partnernetwork.support.domain.NotFound;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.vocational.placement.PlacementInputs.ActionRequest;
import org.partnernetwork.vocational.placement.PlacementViews.PlacementView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Acting on a placement: {@code POST /api/placements/{id}/offer} ({@code {"holdUntil":
 * "2026-12-01"}}), {@code /decline} ({@code {"code": reason}}), {@code /enrol},
 * {@code /complete} ({@code {"code": outcome}}), {@code /drop-out} ({@code {"code":
 * reason}}), {@code /withdraw}.
 */
@RestController
@RequestMapping("/api/placements/{id}")
class PlacementActionController {

	private final PlacementTransitions transitions;

	PlacementActionController(PlacementTransitions transitions) {
		this.transitions = transitions;
	}

	@PostMapping("/{action:offer|decline|enrol|complete|drop-out|withdraw}")
	@Audited(value = "action", change = true)
	PlacementView act(@PathVariable UUID id, @PathVariable @Schema(
			allowableValues = { "offer", "decline", "enrol", "complete", "drop-out", "withdraw" }) String action,
			@Valid @RequestBody(required = false) ActionRequest request, CurrentUser user) {
		return transitions.act(id, byPath(action), request != null ? request : ActionRequest.EMPTY, user);
	}

	private static PlacementAction byPath(String path) {
		return Arrays.stream(PlacementAction.values())
			.filter(action -> action.path().equals(path) && action != PlacementAction.EXPIRE)
			.findFirst()
			.orElseThrow(() -> NotFound.of("action"));
	}

}
