package org.partnernetwork.portal.referral;

import java.util.Locale;

import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.Page;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.partnernetwork.portal.web.ServiceCall;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The organisation's referral boxes: incoming (asked of it) and outgoing (it asked), in
 * referral-service's order: overdue answers first, then what needs the organisation's
 * action, then by deadline; narrowed by status, kind and overdue, or found by case
 * reference (posted, so the reference stays out of the URL). Someone whose organisation
 * has never been sent a referral opens on outgoing.
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
	Mono<Rendering> box(@RequestParam(required = false) String box, @RequestParam(required = false) String status,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String overdue,
			@RequestParam(defaultValue = "0") String page,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		BoxFilter filter = BoxFilter.of(box, status, kind, overdue);
		int number = page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0;
		Caller caller = new Caller(client, exchange);
		Mono<Shown> shown = referrals.box(filter, number, caller).flatMap(outcome -> {
			if (box == null && !filter.narrowed() && outcome instanceof Found<Page<Referrals.Summary>> found
					&& found.value().totalItems() == 0) {
				// nothing was ever sent to this organisation: what it sent is what it
				// needs
				BoxFilter outgoing = filter.inBox("outgoing");
				return referrals.box(outgoing, number, caller).map(sent -> new Shown(outgoing, sent));
			}
			return Mono.just(new Shown(filter, outcome));
		});
		return render(shown, null, caller, locale);
	}

	/** The box narrowed to one case reference, found without putting it in a URL. */
	@PostMapping("/referrals/search")
	Mono<Rendering> search(@ModelAttribute CaseReferenceForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		BoxFilter filter = BoxFilter.of(form.searchedBox(), null, null, null);
		Caller caller = new Caller(client, exchange);
		if (!form.valid()) {
			return render(Mono.just(new Shown(filter, null)), form, caller, locale);
		}
		return render(referrals.search(filter.serviceBox(), form.reference(), caller)
			.map(outcome -> new Shown(filter, outcome)), form, caller, locale);
	}

	private record Shown(BoxFilter filter, Outcome<Page<Referrals.Summary>> outcome) {
	}

	private Mono<Rendering> render(Mono<Shown> shown, CaseReferenceForm search, Caller caller, Locale locale) {
		return Mono.zip(shown, names.withOrganisations(locale, caller)).map(answers -> {
			Shown list = answers.getT1();
			var view = Rendering.view("portal/referrals")
				.modelAttribute("box", list.filter().box())
				.modelAttribute("filter", list.filter())
				.modelAttribute("statuses", BoxFilter.STATUSES)
				.modelAttribute("search", search == null ? CaseReferenceForm.EMPTY : search)
				.modelAttribute("names", answers.getT2());
			if (list.outcome() == null) {
				return view.status(HttpStatus.BAD_REQUEST).build();
			}
			if (list.outcome() instanceof Found<Page<Referrals.Summary>> found) {
				return view.modelAttribute("referrals", found.value()).build();
			}
			if (list.outcome() instanceof ServiceCall.Refused<?>) {
				// no organisation, or several: referrals belong to one organisation
				return view.modelAttribute("refused", true).status(HttpStatus.FORBIDDEN).build();
			}
			return view.modelAttribute("unavailable", true).status(HttpStatus.SERVICE_UNAVAILABLE).build();
		});
	}

}
