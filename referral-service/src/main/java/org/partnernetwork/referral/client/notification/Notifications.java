package org.partnernetwork.referral.client.notification;

import feign.FeignException;

import org.partnernetwork.support.outbox.PlatformEvent;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

/**
 * Posts a referral's news to notification-service in this service's own name: its
 * client-credentials token from Keycloak (registration {@code referral-service}, realm
 * role {@code service}), kept until it nearly expires. notification-service takes an
 * event id once, so posting the same event again is harmless.
 */
@Component
public class Notifications {

	static final String REGISTRATION = "referral-service";

	private final NotificationClient notifications;

	private final OAuth2AuthorizedClientManager tokens;

	Notifications(NotificationClient notifications, OAuth2AuthorizedClientManager tokens) {
		this.notifications = notifications;
		this.tokens = tokens;
	}

	/**
	 * Posts one event; answers false when notification-service refused it as invalid
	 * (posting again will not help); throws when it could not be delivered this time.
	 */
	public boolean post(PlatformEvent event) {
		try {
			notifications.postEvent(event, bearer());
			return true;
		}
		catch (RuntimeException ex) {
			int status = status(ex);
			if (status == 400 || status == 422) {
				return false;
			}
			throw ex;
		}
	}

	private String bearer() {
		OAuth2AuthorizedClient client = tokens
			.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION).principal(REGISTRATION).build());
		if (client == null) {
			throw new IllegalStateException("No token for " + REGISTRATION);
		}
		return "Bearer " + client.getAccessToken().getTokenValue();
	}

	/** What went wrong, in a few words and without anything a response body said. */
	public static String describe(Throwable failure) {
		int status = status(failure);
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String description = status > 0 ? "HTTP " + status : cause.getClass().getSimpleName();
		return description.length() > 60 ? description.substring(0, 60) : description;
	}

	private static int status(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof FeignException feign) {
				return feign.status();
			}
		}
		return 0;
	}

}
