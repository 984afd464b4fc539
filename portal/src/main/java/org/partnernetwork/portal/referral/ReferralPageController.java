package org.partnernetwork.portal.referral;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnernetwork.portal.referral.ReferralActions.Action;
import org.partnernetwork.portal.referral.ReferralRequests.NoteRequest;
import org.partnernetwork.portal.referral.Referrals.Referral;
import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.Pages;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.ServiceCall.NotFound;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.partnernetwork.portal.web.ServiceCall.Refused;
import org.partnernetwork.portal.web.Typed;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * One referral: the child's details, consent, timeline, and a form for each action
 * referral-service allows this person now, plus a note. A done action sends the browser
 * back to the referral (POST-redirect-GET); a refused one shows the referral again with a
 * sentence beside the form. Another organisation's referral, or one that does not exist,
 * is the same "not found" page.
 */
@Controller
class ReferralPageController {

	private static final String ACTIONS = "accept|decline|request-info|provide-info|start|complete|fail|cancel|send|withdraw-consent|ask-lead|accept-lead|refuse-lead";

	/** What the page says was done, after a step about the lead of the case. */

	private final ReferralClient referrals;

	private final DirectoryNames names;

	ReferralPageController(ReferralClient referrals, DirectoryNames names) {
		this.referrals = referrals;
		this.names = names;
	}

	@GetMapping("/referrals/{id}")
	Mono<Rendering> referral(@PathVariable String id, @RequestParam(required = false) String done,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		return page(id, new Caller(client, exchange), locale, null, HttpStatus.OK, ReferralActions.knownDone(done));
	}

	@PostMapping("/referrals/{id}/{action:" + ACTIONS + "}")
	Mono<Rendering> act(@PathVariable String id, @PathVariable String action, @ModelAttribute ActionForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Action known = ReferralActions.named(action).orElseThrow();
		Set<String> invalid = form.invalidFields(known);
		Caller caller = new Caller(client, exchange);
		if (Typed.uuid(id).isEmpty() || !invalid.isEmpty()) {
			return answer(id, action, form, caller, locale, new Refused<>(400, invalid));
		}
		return referrals.act(Typed.uuid(id).get(), known.path(), form.request(), caller)
			.flatMap(outcome -> answer(id, action, form, caller, locale, outcome));
	}

	@PostMapping("/referrals/{id}/notes")
	Mono<Rendering> addNote(@PathVariable String id, @ModelAttribute ActionForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Caller caller = new Caller(client, exchange);
		NoteRequest note = form.noteRequest();
		if (Typed.uuid(id).isEmpty() || note.text().isEmpty() || note.text().length() > ReferralActions.MAX_NOTE) {
			return answer(id, "notes", form, caller, locale, new Refused<>(400, Set.of("note")));
		}
		return referrals.addNote(Typed.uuid(id).get(), note, caller)
			.flatMap(outcome -> answer(id, "notes", form, caller, locale, outcome));
	}

	/** Consent recorded on a draft, to send it afterwards. */
	@PostMapping("/referrals/{id}/consent")
	Mono<Rendering> recordConsent(@PathVariable String id, @ModelAttribute ConsentForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Caller caller = new Caller(client, exchange);
		Set<String> invalid = form.invalidFields();
		if (Typed.uuid(id).isEmpty() || !invalid.isEmpty()) {
			return page(id, caller, locale, Refusal.ofConsent(400, invalid, Set.of()), HttpStatus.BAD_REQUEST);
		}
		return referrals.recordConsent(Typed.uuid(id).get(), form.input(null, null), caller)
			.flatMap(outcome -> switch (outcome) {
				case Found<Referral> done -> Mono
					.just(Rendering.redirectTo(ReferralActions.after(Typed.uuid(id).orElseThrow(), "consent")).build());
				case Refused<Referral> refused ->
					page(id, caller, locale,
							Refusal.ofConsent(refused.status(), ConsentForm.FIELDS.named(refused.fields()),
									ConsentForm.FIELDS.named(refused.personal())),
							HttpStatus.valueOf(refused.status()));
				case NotFound<Referral> notFound -> Mono.just(Pages.notFound("referral.notFound"));
				default -> Mono.just(Pages.unavailable("referral.unavailable"));
			});
	}

	/**
	 * "Refer elsewhere": a new referral made from this declined or expired one, to
	 * another organisation, under consent for it; then its page.
	 */
	@PostMapping("/referrals/{id}/elsewhere")
	Mono<Rendering> referElsewhere(@PathVariable String id, @ModelAttribute ElsewhereForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		Caller caller = new Caller(client, exchange);
		Set<String> invalid = form.invalidFields();
		if (Typed.uuid(id).isEmpty() || !form.keyed() || !invalid.isEmpty()) {
			return page(id, caller, locale, Refusal.ofElsewhere(400, invalid, Set.of()), HttpStatus.BAD_REQUEST);
		}
		return referrals.referElsewhere(Typed.uuid(id).get(), form.request(), form.idempotencyKey(), caller)
			.flatMap(outcome -> switch (outcome) {
				case Found<Referral> made -> Mono.just(
						Rendering
							.redirectTo(ReferralActions.after(made.value().id(),
									"DRAFT".equals(made.value().status()) ? "drafted" : "created"))
							.build());
				case Refused<Referral> refused ->
					page(id, caller, locale,
							Refusal.ofElsewhere(refused.status(), ElsewhereForm.FIELDS.named(refused.fields()),
									ElsewhereForm.FIELDS.named(refused.personal())),
							HttpStatus.valueOf(refused.status()));
				case NotFound<Referral> notFound -> Mono.just(Pages.notFound("referral.notFound"));
				default -> Mono.just(Pages.unavailable("referral.unavailable"));
			});
	}

	private Mono<Rendering> answer(String id, String form, ActionForm typed, Caller caller, Locale locale,
			Outcome<Referral> outcome) {
		return switch (outcome) {
			case Found<Referral> done ->
				Mono.just(
						Rendering
							.redirectTo(ReferralActions.after(Typed.uuid(id).orElseThrow(),
									form.equals("accept") && done.value().transfer() ? "accept-transfer" : form))
							.build());
			case Refused<Referral> refused -> page(id, caller, locale,
					Refusal.of(form, refused.status(), refused.fields(), refused.personal(), typed),
					HttpStatus.valueOf(refused.status()));
			case NotFound<Referral> notFound -> Mono.just(Pages.notFound("referral.notFound"));
			default -> Mono.just(Pages.unavailable("referral.unavailable"));
		};
	}

	private static Rendering.Builder<?> offered(Rendering.Builder<?> page, Referral referral) {
		var offered = ReferralActions.Offered.of(referral.actions(), referral.offPlatform());
		return page.modelAttribute("answerActions", offered.answer())
			.modelAttribute("outcomeActions", offered.outcome())
			.modelAttribute("actions", offered.other());
	}

	private Mono<Rendering> page(String id, Caller caller, Locale locale, Refusal refusal, HttpStatus status) {
		return page(id, caller, locale, refusal, status, null);
	}

	/**
	 * The referral's page; {@code done} says what was just done (a known code, or null).
	 */
	private Mono<Rendering> page(String id, Caller caller, Locale locale, Refusal refusal, HttpStatus status,
			String done) {
		Optional<UUID> uuid = Typed.uuid(id);
		if (uuid.isEmpty()) {
			return Mono.just(Pages.notFound("referral.notFound"));
		}
		return Mono.zip(referrals.referral(uuid.get(), caller), names.withOrganisations(locale, caller))
			.map(answers -> switch (answers.getT1()) {
				case Found<Referral> found -> offered(Rendering.view("portal/referral"), found.value()).status(status)
					.modelAttribute("referral", found.value())
					.modelAttribute("receiverName",
							found.value().parties() == null ? "" : found.value().parties().receiverIn(answers.getT2()))
					.modelAttribute("refusal", Optional.ofNullable(refusal))
					.modelAttribute("today", java.time.LocalDate.now(ConsentForm.CAMBODIA).toString())
					.modelAttribute("elsewhereKey", UUID.randomUUID().toString())
					.modelAttribute("names", answers.getT2())
					.modelAttribute("done", Optional.ofNullable(done))
					.build();
				case NotFound<Referral> notFound -> Pages.notFound("referral.notFound");
				default -> Pages.unavailable("referral.unavailable");
			});
	}

}
