package org.partnernetwork.portal.training;

import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.PortalProperties;
import org.partnernetwork.portal.training.Training.Referral;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.partnernetwork.portal.web.ServiceCall;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * referral-service, asked with the signed-in person's access token for the referral a
 * seat request starts from: found, not found (or another organisation's), or anything
 * else, which the page treats as unavailable.
 */
@Component
class ReferralLookup {

	private final ServiceCall referrals;

	ReferralLookup(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients,
			PortalProperties properties) {
		this.referrals = new ServiceCall(builder, authorizedClients, properties.referralServiceUrl(),
				"referral-service", properties.timeout(), Set.of());
	}

	Mono<Outcome<Referral>> referral(UUID id, Caller caller) {
		return referrals.call(caller, referrals.client().get().uri("/api/referrals/{id}", id),
				response -> response.bodyToMono(Referral.class));
	}

}
