package org.partnernetwork.notification.event;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/events}: the other services' outboxes, for service tokens only
 * and never routed by the gateway. 202 when taken in, 200 when the event id was taken in
 * before.
 */
@RestController
class EventController {

	private final EventIntake intake;

	EventController(EventIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/internal/events")
	ResponseEntity<Map<String, Object>> take(@Valid @RequestBody PlatformEvent event) {
		boolean taken = intake.take(event);
		return ResponseEntity.status(taken ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(Map.of("eventId", event.eventId(), "duplicate", !taken));
	}

}
