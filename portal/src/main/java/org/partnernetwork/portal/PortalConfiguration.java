package org.partnernetwork.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The portal: web pages for people, in English and Khmer, rendered on the server. An
 * application that holds the person's session and tokens (the gateway) imports this
 * configuration and protects the pages with
 * {@link org.partnernetwork.portal.security.PageSecurity}; the pages call the services
 * with the signed-in person's access token, so no token ever reaches the browser. The
 * portal's settings and the web settings its pages need come with it
 * ({@code portal/portal-defaults.properties}), below the application's own.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(PortalProperties.class)
@PropertySource(value = "classpath:portal/portal-defaults.properties", encoding = "UTF-8")
public class PortalConfiguration {

	/**
	 * The pages' texts, English in {@code portal/<name>.properties} and Khmer in
	 * {@code portal/<name>_km.properties}: the common ones and the directory's and
	 * referrals' in {@code messages}, training's in {@code training}, My organisation's
	 * and onboarding's in {@code organisation-admin}.
	 */
	@Bean
	MessageSource messageSource() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("portal/messages", "portal/training", "portal/organisation-admin");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
