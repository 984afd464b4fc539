package org.partnernetwork.portal.referral;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.partnernetwork.portal.directory.Names;
import org.partnernetwork.portal.referral.ReferralClient.Caller;
import org.partnernetwork.portal.referral.ReferralClient.Found;
import org.partnernetwork.portal.referral.ReferralClient.Refused;
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
 * "Refer a child" to a service found in Find help: the form, then the referral created and sent at once.
 * Each time the form is shown it carries a new {@code Idempotency-Key}; a form sent twice (a double click,
 * a retry after a timeout) creates one referral. A refused form gets a new key, since what is sent next differs.
 */
@Controller
class NewReferralController {

	private final ReferralClient referrals;

	NewReferralController(ReferralClient referrals) {
		this.referrals = referrals;
	}

	@GetMapping("/referrals/new")
	Rendering form(@RequestParam(required = false) String organisation,
			@RequestParam(required = false) String serviceType, Locale locale) {
		var form = NewReferralForm.blank(organisation, serviceType, newKey());
		if (!form.addressed()) {
			return Rendering.view("portal/not-found").modelAttribute("notFoundText", "referral.new.unaddressed")
				.status(HttpStatus.NOT_FOUND).build();
		}
		return page(form, Set.of(), null, locale).build();
	}

	@PostMapping("/referrals")
	Mono<Rendering> create(@ModelAttribute NewReferralForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange, Locale locale) {
		Set<String> invalid = form.invalidFields();
		if (!form.addressed() || form.idempotencyKey() == null || !form.idempotencyKey().matches("[0-9a-f-]{36}")) {
			return Mono.just(page(form.withKey(newKey()), Set.of(), "referral.new.refused.other", locale)
				.status(HttpStatus.BAD_REQUEST).build());
		}
		if (!invalid.isEmpty()) {
			return Mono.just(page(form, invalid, "referral.new.problem", locale).status(HttpStatus.BAD_REQUEST).build());
		}
		return referrals.create(form.body(), form.idempotencyKey(), new Caller(client, exchange)).map(outcome -> switch (outcome) {
			case Found<Referrals.Referral> created -> Rendering.redirectTo("/referrals/" + created.value().id()).build();
			case Refused<Referrals.Referral> refused -> refused(form.withKey(newKey()), refused, locale);
			// it may have been created after all: the same key again replays it rather than creating another
			default -> page(form, Set.of(), "referral.unavailable.text", locale).status(HttpStatus.SERVICE_UNAVAILABLE).build();
		});
	}

	private static Rendering refused(NewReferralForm form, Refused<?> refused, Locale locale) {
		Set<String> fields = refused.fields().stream().map(NewReferralController::formField)
			.filter(NewReferralForm.FIELDS::contains).collect(Collectors.toSet());
		String sentence = switch (refused.status()) {
			case 403 -> "referral.new.refused.forbidden";
			case 422 -> "referral.new.refused.rule";
			default -> fields.isEmpty() ? "referral.new.refused.other" : "referral.new.problem";
		};
		return page(form, fields, sentence, locale).status(HttpStatus.valueOf(refused.status())).build();
	}

	/** referral-service's field names as the form's: {@code child.ageYears} is the age, consent's parts are consent. */
	private static String formField(String field) {
		return switch (field) {
			case "child.ageYears", "child.birthYear", "child" -> "age";
			case "consent.override.reason" -> "overrideReason";
			case "consent.recordedAt" -> "consentDate";
			default -> field.startsWith("child.") ? field.substring("child.".length())
					: field.startsWith("consent") ? "consent" : field;
		};
	}

	private static Rendering.Builder<?> page(NewReferralForm form, Set<String> errors, String problem, Locale locale) {
		var page = Rendering.view("portal/new-referral").modelAttribute("form", form).modelAttribute("errors", errors)
			.modelAttribute("names", new Names(locale, List.of()));
		return problem == null ? page : page.modelAttribute("problem", problem);
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}
}
