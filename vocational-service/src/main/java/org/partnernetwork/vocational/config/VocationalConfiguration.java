package org.partnernetwork.vocational.config;

import org.partnernetwork.support.audit.CaseResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The service's settings, its scheduled jobs (lapsed holds, the outbox relay), and
 * placements as case data: audited, {@code Cache-Control: no-store} on every answer
 * (errors included), {@code Idempotency-Key}s. Openings are a centre's public offer, not
 * case data.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(VocationalProperties.class)
class VocationalConfiguration {

	@Bean
	CaseResource placements() {
		return new CaseResource("placement", "/api/placements");
	}

}
