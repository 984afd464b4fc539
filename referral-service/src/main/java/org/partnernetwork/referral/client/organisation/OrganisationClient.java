package org.partnernetwork.referral.client.organisation;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.partnernetwork.support.domain.Eligibility;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * organisation-service's directory, read with the calling user's token. The token is a
 * parameter, not taken from a thread-local: the circuit breaker runs the call on another
 * thread. A 404 is an empty answer, not a failure: it must not open the circuit.
 */
@FeignClient(name = OrganisationClient.NAME, url = "${partner-network.peers.organisation-service}", dismiss404 = true)
interface OrganisationClient {

	String NAME = "organisation-service";

	@GetMapping("/api/organisations/{slug}")
	Optional<Organisation> organisation(@PathVariable("slug") String slug,
			@RequestHeader("Authorization") String authorization);

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Organisation(String slug, String status, List<Service> services) {

		boolean isActive() {
			return "ACTIVE".equalsIgnoreCase(status);
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Service(String serviceType, Eligibility eligibility, String capacityStatus) {

		/** A service that states no eligibility takes anyone. */
		Eligibility eligibilityOrAnyone() {
			return eligibility != null ? eligibility : Eligibility.ANYONE;
		}
	}

}
