package org.partnernetwork.referral.referral;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.partnernetwork.referral.referral.ReferralInputs.PartnerEvent;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/referrals/{id}/events}: other services' updates, for service
 * tokens only and never routed by the gateway. 202 when recorded, 200 when the event id
 * was already recorded.
 */
@RestController
class PartnerEventController {

	private final PartnerEvents events;

	PartnerEventController(PartnerEvents events) {
		this.events = events;
	}

	@PostMapping("/internal/referrals/{id}/events")
	ResponseEntity<Map<String, Object>> post(@PathVariable UUID id, @Valid @RequestBody PartnerEvent event,
			CurrentUser service) {
		boolean recorded = events.record(id, event, service);
		return ResponseEntity.status(recorded ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(Map.of("eventId", event.eventId(), "duplicate", !recorded));
	}

}
