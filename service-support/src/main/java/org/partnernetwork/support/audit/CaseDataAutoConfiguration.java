package org.partnernetwork.support.audit;

import java.time.Clock;

import org.partnernetwork.support.crypto.EncryptionProperties;
import org.partnernetwork.support.crypto.FieldCipher;
import org.partnernetwork.support.idempotency.IdempotentCreates;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a service holding case data gets once it declares its {@link CaseResource}: the
 * audit trail of reads, changes and refusals, {@code no-store} answers,
 * {@code Idempotency-Key}s; and, where it configures
 * {@code partner-network.encryption.*}, the cipher for its free text.
 */
@AutoConfiguration
public class CaseDataAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(CaseResource.class)
	static class Audit {

		@Bean
		AuditTrail auditTrail(JdbcTemplate jdbc, Clock clock, CaseResource resource) {
			return new AuditTrail(jdbc, clock, resource);
		}

		@Bean
		AuditInterceptor auditInterceptor(AuditTrail trail, CaseResource resource) {
			return new AuditInterceptor(trail, resource);
		}

		@Bean
		DeniedRequestAuditor deniedRequestAuditor(AuditTrail trail, CaseResource resource) {
			return new DeniedRequestAuditor(trail, resource);
		}

		/**
		 * Makes Spring Security publish the requests its URL rules deny, for
		 * {@link DeniedRequestAuditor}.
		 */
		@Bean
		AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
			return new SpringAuthorizationEventPublisher(publisher);
		}

		@Bean
		IdempotentCreates idempotentCreates(JdbcTemplate jdbc, JsonMapper json, Clock clock,
				PlatformTransactionManager transactions) {
			return new IdempotentCreates(jdbc, json, clock, transactions);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("partner-network.encryption.keys")
	@EnableConfigurationProperties(EncryptionProperties.class)
	static class Encryption {

		@Bean
		FieldCipher fieldCipher(EncryptionProperties properties) {
			return new FieldCipher(properties);
		}

	}

}
