package org.partnernetwork.vocational.client.notification;

import org.partnernetwork.support.outbox.PlatformEvent;

import org.partnernetwork.vocational.client.ServiceToken;
import org.springframework.stereotype.Component;

/**
 * Posts a seat request's news to notification-service in this service's own name.
 * notification-service takes an event id once, so posting the same event again is
 * harmless.
 */
@Component
public class Notifications {

	private final NotificationClient notifications;

	private final ServiceToken token;

	Notifications(NotificationClient notifications, ServiceToken token) {
		this.notifications = notifications;
		this.token = token;
	}

	/**
	 * Posts one event; answers false when notification-service refused it as invalid
	 * (posting again will not help); throws when it could not be delivered this time.
	 */
	public boolean post(PlatformEvent event) {
		try {
			notifications.postEvent(event, token.bearer());
			return true;
		}
		catch (RuntimeException ex) {
			int status = ServiceToken.status(ex);
			if (status == 400 || status == 422) {
				return false;
			}
			throw ex;
		}
	}

}
