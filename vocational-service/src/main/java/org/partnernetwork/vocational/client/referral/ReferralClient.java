package org.partnernetwork.vocational.client.referral;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * referral-service: a referral read with the calling user's token (may this organisation
 * see it?), and the partner events posted to a referral's timeline with this service's
 * own token. Tokens are parameters: the circuit breaker runs the call on another thread.
 * A 404 is an empty answer, not a failure: it must not open the circuit.
 */
@FeignClient(name = ReferralClient.NAME, url = "${partner-network.peers.referral-service}", dismiss404 = true)
interface ReferralClient {

	String NAME = "referral-service";

	@GetMapping("/api/referrals/{id}")
	Optional<Referral> referral(@PathVariable("id") UUID id, @RequestHeader("Authorization") String authorization);

	/**
	 * 202 recorded, 200 recorded before (a repeated delivery), 404 no such referral;
	 * anything else throws.
	 */
	@PostMapping("/internal/referrals/{id}/events")
	ResponseEntity<Receipt> postEvent(@PathVariable("id") UUID id, @RequestBody PartnerEvent event,
			@RequestHeader("Authorization") String authorization);

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Referral(UUID id, String status) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Receipt(UUID eventId, Boolean duplicate) {
	}

}
