package org.partnernetwork.portal.referral;

import java.util.Locale;

import org.partnernetwork.portal.referral.Referrals.Referral;
import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.Pages;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.NotFound;
import org.partnernetwork.portal.web.Typed;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The handover sheet of a referral recorded off the platform: one A4 page to print or
 * save as PDF and pass on under the local information-sharing protocol. It holds exactly
 * the referral's fields — case reference, the child's sex, age, province and languages,
 * urgency, risk, service, summary, consent, the sending organisation and the person
 * signed in as its contact, the receiving organisation, the date — in the page's
 * language, and nothing more. Only the sender reads such a referral; for anyone else, and
 * for a referral on the platform, it is "not found". Never stored by a browser or proxy;
 * its address holds only the referral's id.
 */
@Controller
class HandoverSheetController {

	private final ReferralClient referrals;

	private final DirectoryNames names;

	HandoverSheetController(ReferralClient referrals, DirectoryNames names) {
		this.referrals = referrals;
		this.names = names;
	}

	@GetMapping("/referrals/{id}/sheet")
	Mono<Rendering> sheet(@PathVariable String id, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange, Locale locale) {
		var uuid = Typed.uuid(id);
		if (uuid.isEmpty()) {
			return Mono.just(Pages.notFound("referral.notFound"));
		}
		Caller caller = new Caller(client, exchange);
		return Mono.zip(referrals.referral(uuid.get(), caller), names.withOrganisations(locale, caller))
			.map(answers -> switch (answers.getT1()) {
				case Found<Referral> found when found.value().offPlatform() && found.value().caseReference() != null ->
					Rendering.view("portal/referral-sheet")
						.header(HttpHeaders.CACHE_CONTROL, "no-store")
						.modelAttribute("referral", found.value())
						.modelAttribute("receiverName", found.value().parties().receiverIn(answers.getT2()))
						.modelAttribute("names", answers.getT2())
						.build();
				case Found<Referral> onThePlatform -> Pages.notFound("referral.notFound");
				case NotFound<Referral> notFound -> Pages.notFound("referral.notFound");
				default -> Pages.unavailable("referral.unavailable");
			});
	}

}
