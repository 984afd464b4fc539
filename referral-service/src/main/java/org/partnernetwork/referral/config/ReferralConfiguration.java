package org.partnernetwork.referral.config;

import org.partnernetwork.support.audit.CaseResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The service's settings, its scheduled expiry of unanswered referrals, and referrals as
 * case data: audited, {@code Cache-Control: no-store} on every answer (errors included),
 * {@code Idempotency-Key}s.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ReferralProperties.class)
class ReferralConfiguration {

	@Bean
	CaseResource referrals() {
		return new CaseResource("referral", "/api/referrals");
	}

}
