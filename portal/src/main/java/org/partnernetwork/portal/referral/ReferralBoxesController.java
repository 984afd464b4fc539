package org.partnernetwork.portal.referral;

import java.util.Locale;

import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.Page;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The organisation's referral boxes: incoming (asked of it) and outgoing (it asked), in
 * referral-service's order: overdue answers first, then what needs the organisation's
 * action, then by deadline.
 */
@Controller
class ReferralBoxesController {

	private final ReferralClient referrals;

	private final DirectoryNames names;

	ReferralBoxesController(ReferralClient referrals, DirectoryNames names) {
		this.referrals = referrals;
		this.names = names;
	}

	@GetMapping("/referrals")
	Mono<Rendering> box(@RequestParam(defaultValue = "incoming") String box,
			@RequestParam(defaultValue = "0") String page,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		String shown = "outgoing".equals(box) || "drafts".equals(box) ? box : "incoming";
		int number = page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0;
		return Mono
			.zip(referrals.box(shown, number, new Caller(client, exchange)),
					names.withOrganisations(locale, new Caller(client, exchange)))
			.map(answers -> {
				var outcome = answers.getT1();
				var view = Rendering.view("portal/referrals")
					.modelAttribute("box", shown)
					.modelAttribute("names", answers.getT2());
				if (outcome instanceof Found<Page<Referrals.Summary>> found) {
					return view.modelAttribute("referrals", found.value()).build();
				}
				if (outcome instanceof ServiceCall.Refused<?>) {
					// no organisation, or several: referrals belong to one organisation
					return view.modelAttribute("refused", true).status(HttpStatus.FORBIDDEN).build();
				}
				return view.modelAttribute("unavailable", true).status(HttpStatus.SERVICE_UNAVAILABLE).build();
			});
	}

}
