package org.partnernetwork.vocational.client.referral;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * referral-service: a referral read with the calling user's token (may this organisation see it?). The
 * token is a parameter: the circuit breaker runs the call on another thread. A 404 is an empty answer, not
 * a failure: it must not open the circuit.
 */
@FeignClient(name = ReferralClient.NAME, url = "${partner-network.peers.referral-service}", dismiss404 = true)
interface ReferralClient {

	String NAME = "referral-service";

	@GetMapping("/api/referrals/{id}")
	Optional<Referral> referral(@PathVariable("id") UUID id, @RequestHeader("Authorization") String authorization);

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Referral(UUID id, String status) {
	}

}
