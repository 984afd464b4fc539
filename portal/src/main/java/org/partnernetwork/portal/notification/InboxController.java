package org.partnernetwork.portal.notification;

import java.util.Locale;
import java.util.UUID;

import org.partnernetwork.portal.notification.Notifications.EmailStatus;
import org.partnernetwork.portal.notification.Notifications.Notification;
import org.partnernetwork.portal.notification.Notifications.Unread;
import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.Page;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The person's own notifications: the inbox page (newest first, unread marked, "we could
 * not reach you by e-mail" when an e-mail failed for good), opening one (marked read,
 * then its referral's or seat request's page), and the unread count every page's header
 * loads.
 */
@Controller
class InboxController {

	private final NotificationClient notifications;

	private final DirectoryNames names;

	InboxController(NotificationClient notifications, DirectoryNames names) {
		this.notifications = notifications;
		this.names = names;
	}

	@GetMapping("/notifications")
	Mono<Rendering> inbox(@RequestParam(defaultValue = "0") String page,
			@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client, ServerWebExchange exchange,
			Locale locale) {
		int number = page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0;
		Caller caller = new Caller(client, exchange);
		return Mono
			.zip(notifications.mine(number, caller), notifications.emailStatus(caller),
					names.withOrganisations(locale, caller))
			.map(answers -> {
				var view = Rendering.view("portal/notifications")
					.modelAttribute("names", answers.getT3())
					.modelAttribute("emailUnreachable",
							answers.getT2() instanceof Found<EmailStatus> status && status.value().unreachable());
				if (answers.getT1() instanceof Found<Page<Notification>> found) {
					return view.modelAttribute("notifications", found.value()).build();
				}
				return view.modelAttribute("unavailable", true).status(HttpStatus.SERVICE_UNAVAILABLE).build();
			});
	}

	@PostMapping("/notifications/{id}/read")
	Mono<Rendering> open(@PathVariable UUID id, @RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange) {
		return notifications.markRead(id, new Caller(client, exchange))
			.map(outcome -> outcome instanceof Found<Notification> found
					? Rendering.redirectTo(found.value().safeLink()).build()
					: Rendering.redirectTo("/notifications").build());
	}

	/** The header's count: a number when something is unread, nothing otherwise. */
	@GetMapping("/notifications/unread")
	Mono<Rendering> unread(@RegisteredOAuth2AuthorizedClient OAuth2AuthorizedClient client,
			ServerWebExchange exchange) {
		return notifications.unread(new Caller(client, exchange))
			.map(outcome -> Rendering.view("portal/notifications :: count")
				.modelAttribute("unread", outcome instanceof Found<Unread> found ? found.value().unread() : 0L)
				.build());
	}

}
