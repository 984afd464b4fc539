package org.partnernetwork.portal.referral;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.DirectoryNames.Ages;
import org.partnernetwork.portal.web.Names;
import org.partnernetwork.portal.web.Pages;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.Refused;
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
 * "Refer a child" to a service found in Find help: the form, then the referral created
 * and sent at once. Each time the form is shown it carries a new {@code Idempotency-Key};
 * a form sent twice (a double click, a retry after a timeout) creates one referral. A
 * refused form gets a new key, since what is sent next differs. The same form, with
 * {@code offPlatform=yes}, records a referral to a partner not on the platform; its page
 * then offers the handover sheet.
 */
@Controller
class NewReferralController {

	private final ReferralClient referrals;

	private final DirectoryNames names;

	NewReferralController(ReferralClient referrals, DirectoryNames names) {
		this.referrals = referrals;
		this.names = names;
	}

	@GetMapping("/referrals/new")
	Mono<Rendering> form(@RequestParam(required = false) String organisation,
			@RequestParam(required = false) String serviceType, @RequestParam(required = false) String age,
			@RequestParam(required = false) String sex, @RequestParam(required = false) String province,
			@RequestParam(required = false) String offPlatform,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		var form = ("yes".equals(offPlatform) ? NewReferralForm.offPlatform(organisation, serviceType, newKey())
				: NewReferralForm.blank(organisation, serviceType, newKey()))
			.prefilled(age, sex, province);
		if (!form.addressed()) {
			return Mono.just(Pages.notFound("referral.new.unaddressed"));
		}
		return names.withOrganisations(locale, new Caller(client, exchange))
			.map(names -> page(form, Set.of(), null, names).build());
	}

	@PostMapping("/referrals")
	Mono<Rendering> create(@ModelAttribute NewReferralForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Set<String> invalid = form.invalidFields();
		Caller caller = new Caller(client, exchange);
		Mono<Names> names = this.names.withOrganisations(locale, caller);
		if (!form.addressed() || form.idempotencyKey() == null || !form.idempotencyKey().matches("[0-9a-f-]{36}")) {
			return names.map(shown -> page(form.withKey(newKey()), Set.of(), "referral.new.refused.other", shown)
				.status(HttpStatus.BAD_REQUEST)
				.build());
		}
		if (!invalid.isEmpty()) {
			return names.map(
					shown -> page(form, invalid, "referral.new.problem", shown).status(HttpStatus.BAD_REQUEST).build());
		}
		return referrals.create(form.request(), form.idempotencyKey(), caller).flatMap(outcome -> switch (outcome) {
			case Found<Referrals.Referral> created ->
				Mono.just(
						Rendering
							.redirectTo(ReferralActions.after(created.value().id(),
									created.value().offPlatform() ? "recorded"
											: "DRAFT".equals(created.value().status()) ? "drafted" : "created"))
							.build());
			case Refused<Referrals.Referral> refused -> Mono
				.zip(names,
						refused.status() == 422 && NewReferralForm.FIELDS.named(refused.fields()).contains("age")
								? this.names.ages(form.organisation(), form.serviceType(), caller)
								: Mono.just(Optional.<Ages>empty()))
				.map(answers -> refused(form.withKey(newKey()), refused, answers.getT1(), answers.getT2()));
			// it may have been created after all: the same key again replays it rather
			// than creating another
			default -> names.map(shown -> page(form, Set.of(), "referral.unavailable.text", shown)
				.status(HttpStatus.SERVICE_UNAVAILABLE)
				.build());
		});
	}

	/**
	 * @param ages what the receiver's service takes, when the service refused the child's
	 * age: said beside the age, with the organisation's and the service's names
	 */
	private static Rendering refused(NewReferralForm form, Refused<?> refused, Names names, Optional<Ages> ages) {
		Set<String> fields = NewReferralForm.FIELDS.named(refused.fields());
		Set<String> personal = NewReferralForm.FIELDS.named(refused.personal());
		String sentence = switch (refused.status()) {
			case 403 -> "referral.new.refused.forbidden";
			case 422 -> fields.isEmpty() ? "referral.new.refused.rule" : "referral.new.refused.field";
			default -> fields.isEmpty() ? "referral.new.refused.other" : "referral.new.problem";
		};
		var page = page(form, fields, sentence, names).modelAttribute("personal", personal)
			// 422 on consent itself: given for another receiver or service
			.modelAttribute("consentScope", refused.status() == 422 && fields.contains("consent"))
			.status(HttpStatus.valueOf(refused.status()));
		ages.ifPresent(taken -> page.modelAttribute("ages", taken));
		return page.build();
	}

	private static Rendering.Builder<?> page(NewReferralForm form, Set<String> errors, String problem, Names names) {
		var page = Rendering.view("portal/new-referral")
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("personal", Set.of())
			.modelAttribute("consentScope", false)
			.modelAttribute("names", names);
		return problem == null ? page : page.modelAttribute("problem", problem);
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}

}
