package org.partnernetwork.support.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each scheduled job of a service runs on one of its instances at a time: a method
 * annotated {@code @SchedulerLock(name = ...)} besides {@code @Scheduled} first takes its
 * row in the service's {@code shedlock} table (ShedLock, JDBC provider), and an instance
 * that finds the row taken skips that run. The lock's times are the database's, so the
 * instances' clocks need not agree. A run that dies without releasing its lock holds it
 * for {@code lockAtMostFor} at most (10 minutes unless the job says otherwise).
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@ConditionalOnBean(JdbcTemplate.class)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class SchedulingLockAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LockProvider schedulingLocks(JdbcTemplate jdbc) {
		return new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build());
	}

}
