package org.partnernetwork.portal.notification;

import java.util.Set;

import org.partnernetwork.portal.notification.Notifications.LinkCode;
import org.partnernetwork.portal.notification.Notifications.Preferences;
import org.partnernetwork.portal.notification.Notifications.TelegramStatus;
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
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The person's notification settings page: channels, language and quiet hours (saved by
 * notification-service, whose refusals are said beside their fields), and their Telegram
 * link — a one-time code to send the bot, or unlinking.
 */
@Controller
class SettingsController {

	static final String PAGE = "/notifications/settings";

	private final NotificationClient notifications;

	SettingsController(NotificationClient notifications) {
		this.notifications = notifications;
	}

	@GetMapping(PAGE)
	Mono<Rendering> settings(@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange) {
		Caller caller = new Caller(client, exchange);
		return notifications.preferences(caller).flatMap(outcome -> {
			if (!(outcome instanceof Found<Preferences> found)) {
				return Mono.just(unavailable());
			}
			boolean saved = exchange.getRequest().getQueryParams().containsKey("saved");
			return page(SettingsForm.of(found.value()), Set.of(), saved ? "notificationSettings.saved" : null, null,
					caller)
				.map(Rendering.Builder::build);
		});
	}

	@PostMapping(PAGE)
	Mono<Rendering> save(@ModelAttribute SettingsForm form,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		Caller caller = new Caller(client, exchange);
		return notifications.change(form.change(), caller).flatMap(outcome -> switch (outcome) {
			case Found<Preferences> saved -> Mono.just(Rendering.redirectTo(PAGE + "?saved").build());
			case Refused<Preferences> refused ->
				page(form, SettingsForm.FIELDS.named(refused.fields()), "notificationSettings.problem", null, caller)
					.map(page -> page.status(HttpStatus.valueOf(refused.status())).build());
			default -> Mono.just(unavailable());
		});
	}

	@PostMapping(PAGE + "/telegram/code")
	Mono<Rendering> code(@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange) {
		Caller caller = new Caller(client, exchange);
		return Mono.zip(notifications.linkCode(caller), notifications.preferences(caller)).flatMap(answers -> {
			if (!(answers.getT2() instanceof Found<Preferences> preferences)) {
				return Mono.just(unavailable());
			}
			LinkCode code = answers.getT1() instanceof Found<LinkCode> found ? found.value() : null;
			return page(SettingsForm.of(preferences.value()), Set.of(),
					code == null ? "notificationSettings.telegram.noCode" : null, code, caller)
				.map(Rendering.Builder::build);
		});
	}

	@PostMapping(PAGE + "/telegram/unlink")
	Mono<Rendering> unlink(@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange) {
		return notifications.unlinkTelegram(new Caller(client, exchange))
			.map(outcome -> outcome instanceof Found<TelegramStatus> ? Rendering.redirectTo(PAGE + "?saved").build()
					: unavailable());
	}

	private Mono<Rendering.Builder<?>> page(SettingsForm form, Set<String> errors, String sentence, LinkCode code,
			Caller caller) {
		return notifications.telegram(caller).map(telegram -> {
			Rendering.Builder<?> page = Rendering.view("portal/notification-settings")
				.modelAttribute("form", form)
				.modelAttribute("errors", errors);
			if (telegram instanceof Found<TelegramStatus> status) {
				page.modelAttribute("telegram", status.value());
			}
			if (sentence != null) {
				page.modelAttribute("sentence", sentence);
			}
			if (code != null) {
				page.modelAttribute("code", code);
			}
			return page;
		});
	}

	private static Rendering unavailable() {
		return Rendering.view("portal/notification-settings")
			.modelAttribute("unavailable", true)
			.status(HttpStatus.SERVICE_UNAVAILABLE)
			.build();
	}

}
