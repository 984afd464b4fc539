package org.partnernetwork.referral.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * The service's settings, its scheduled expiry of unanswered referrals, and {@code Cache-Control: no-store}
 * on every case response, errors included: no browser or proxy keeps a copy of a child's referral.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ReferralProperties.class)
class ReferralConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var noStore = new WebContentInterceptor();
		noStore.addCacheMapping(CacheControl.noStore(), "/api/referrals", "/api/referrals/**");
		registry.addInterceptor(noStore);
	}
}
