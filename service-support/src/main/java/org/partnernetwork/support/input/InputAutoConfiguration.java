package org.partnernetwork.support.input;

import org.partnernetwork.support.problem.ProblemResponseWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How a service reads what a client sends, the same in every service:
 * {@link RequestGuard} (the raw request: query encoding, {@code Content-Type},
 * {@code Accept}), {@link StrictJson} (bodies) and {@link StrictParameters} and
 * {@link StrictBinding} (query parameters). Each refusal is a 4xx Problem Details naming
 * what was wrong, never a 500, and never a value guessed from a wrong one.
 */
@AutoConfiguration
public class InputAutoConfiguration {

	/**
	 * Right after the character encoding filter, before security and before anything
	 * reads a parameter.
	 */
	static final int GUARD_ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

	@Bean
	FilterRegistrationBean<RequestGuard> requestGuard(ProblemResponseWriter problems) {
		var registration = new FilterRegistrationBean<>(new RequestGuard(problems));
		registration.setOrder(GUARD_ORDER);
		return registration;
	}

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return new StrictJson();
	}

	@Bean
	WebMvcConfigurer strictParameters() {
		return new StrictParameters();
	}

	@Bean
	StrictBinding strictBinding() {
		return new StrictBinding();
	}

}
