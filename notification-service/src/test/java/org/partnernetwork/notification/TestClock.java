package org.partnernetwork.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock in the tests: the real time unless a test sets another, so that
 * quiet hours and expiries can be tried at the hour they need.
 */
public final class TestClock extends Clock {

	private volatile Instant fixed;

	/** From now on the service's time is {@code instant}. */
	public void set(Instant instant) {
		this.fixed = instant;
	}

	/** Back to the real time. */
	public void reset() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		Instant now = fixed;
		return now != null ? now : Instant.now();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		TestClock clock() {
			return new TestClock();
		}

	}

}
