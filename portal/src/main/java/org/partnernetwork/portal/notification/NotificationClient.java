package org.partnernetwork.portal.notification;

import java.util.UUID;

import org.partnernetwork.portal.PortalProperties;
import org.partnernetwork.portal.notification.Notifications.EmailStatus;
import org.partnernetwork.portal.notification.Notifications.LinkCode;
import org.partnernetwork.portal.notification.Notifications.Notification;
import org.partnernetwork.portal.notification.Notifications.Preferences;
import org.partnernetwork.portal.notification.Notifications.PreferencesChange;
import org.partnernetwork.portal.notification.Notifications.TelegramStatus;
import org.partnernetwork.portal.notification.Notifications.Unread;
import org.partnernetwork.portal.web.Page;
import org.partnernetwork.portal.web.ServiceCall;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Outcome;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * notification-service's API, called with the signed-in person's access token through a
 * {@link ServiceCall}: their own notifications only.
 */
@Component
class NotificationClient {

	private static final ParameterizedTypeReference<Page<Notification>> PAGE = new ParameterizedTypeReference<>() {
	};

	static final int PAGE_SIZE = 20;

	private static final String PREFERENCES = "/api/notifications/preferences";

	private static final String TELEGRAM = "/api/notifications/telegram";

	private final ServiceCall notifications;

	NotificationClient(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager authorizedClients,
			PortalProperties properties) {
		this.notifications = new ServiceCall(builder, authorizedClients, properties.notificationServiceUrl(),
				"notification-service", properties.timeout(), ServiceCall.REFUSALS);
	}

	Mono<Outcome<Page<Notification>>> mine(int page, Caller caller) {
		return notifications.call(caller,
				notifications.client().get().uri("/api/notifications?page={page}&size={size}", page, PAGE_SIZE),
				response -> response.bodyToMono(PAGE));
	}

	Mono<Outcome<Unread>> unread(Caller caller) {
		return notifications.call(caller, notifications.client().get().uri("/api/notifications/unread-count"),
				response -> response.bodyToMono(Unread.class));
	}

	Mono<Outcome<EmailStatus>> emailStatus(Caller caller) {
		return notifications.call(caller, notifications.client().get().uri("/api/notifications/email-status"),
				response -> response.bodyToMono(EmailStatus.class));
	}

	Mono<Outcome<Preferences>> preferences(Caller caller) {
		return notifications.call(caller, notifications.client().get().uri(PREFERENCES),
				response -> response.bodyToMono(Preferences.class));
	}

	Mono<Outcome<Preferences>> change(PreferencesChange change, Caller caller) {
		return notifications.call(caller, notifications.client().put().uri(PREFERENCES).bodyValue(change),
				response -> response.bodyToMono(Preferences.class));
	}

	Mono<Outcome<TelegramStatus>> telegram(Caller caller) {
		return notifications.call(caller, notifications.client().get().uri(TELEGRAM),
				response -> response.bodyToMono(TelegramStatus.class));
	}

	Mono<Outcome<LinkCode>> linkCode(Caller caller) {
		return notifications.call(caller, notifications.client().post().uri(TELEGRAM + "/code"),
				response -> response.bodyToMono(LinkCode.class));
	}

	Mono<Outcome<TelegramStatus>> unlinkTelegram(Caller caller) {
		return notifications.call(caller, notifications.client().delete().uri(TELEGRAM),
				response -> response.bodyToMono(TelegramStatus.class));
	}

	Mono<Outcome<Notification>> markRead(UUID id, Caller caller) {
		return notifications.call(caller, notifications.client().post().uri("/api/notifications/{id}/read", id),
				response -> response.bodyToMono(Notification.class));
	}

}
