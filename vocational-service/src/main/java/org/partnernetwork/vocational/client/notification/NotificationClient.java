package org.partnernetwork.vocational.client.notification;

import org.partnernetwork.support.outbox.PlatformEvent;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * notification-service: events posted with this service's own token. 202 taken in, 200
 * taken in before (a repeated delivery); anything else throws.
 */
@FeignClient(name = NotificationClient.NAME, url = "${partner-network.peers.notification-service}")
interface NotificationClient {

	String NAME = "notification-service";

	@PostMapping("/internal/events")
	ResponseEntity<Void> postEvent(@RequestBody PlatformEvent event,
			@RequestHeader("Authorization") String authorization);

}
