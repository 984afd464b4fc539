package org.partnernetwork.notification.config;

import org.partnernetwork.support.audit.CaseResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The service's settings, its scheduled jobs (the e-mail and Telegram senders, the bot's
 * reader), and the audit trail of each person's notification settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

	/**
	 * Changes to notification settings (which ones, never a message's content) go to the
	 * append-only audit trail, and their answers are not stored by caches.
	 */
	@Bean
	CaseResource notificationSettings() {
		return new CaseResource("notification-settings", "/api/notifications/preferences");
	}

}
