package org.partnernetwork.vocational.outbox;

import java.time.Clock;

import org.partnernetwork.support.outbox.OutboxMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This outbox's metrics (service-support's {@link OutboxMetrics}), read from its table,
 * under the destination the dashboard has always shown for it.
 */
@Configuration(proxyBeanMethods = false)
class OutboxBacklogMetrics {

	static final String DESTINATION = "referral-service";

	@Bean
	OutboxMetrics outboxMetrics(OutboxRepository events, Clock clock,
			@Value("${spring.application.name}") String service) {
		return new OutboxMetrics(events, clock, service, DESTINATION);
	}

}
