package org.partnernetwork.portal.training;

import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.PortalProperties;
import org.partnernetwork.portal.training.Training.Referral;
import org.partnernetwork.portal.web.ServiceCall;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * The referral a seat request is for, read from referral-service with the person's token, so the form can
 * start from its case reference, age and sex. Only those are read; nothing of it is logged.
 */
@Component
class ReferralLookup {

	private final ServiceCall referrals;

	ReferralLookup(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients,
			PortalProperties properties) {
		this.referrals = new ServiceCall(builder, authorizedClients, properties.referralServiceUrl(), "referral-service",
				properties.timeout(), Set.of(HttpStatus.FORBIDDEN));
	}

	Mono<Outcome<Referral>> referral(UUID id, Caller caller) {
		return referrals.call(caller, referrals.client().get().uri("/api/referrals/{id}", id),
				response -> response.bodyToMono(Referral.class));
	}
}
