package org.partnernetwork.support.security;

import java.time.Clock;
import java.util.List;

import org.partnernetwork.support.problem.GlobalProblemHandler;
import org.partnernetwork.support.problem.ProblemResponseWriter;
import org.partnernetwork.support.problem.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The security every service shares: a stateless OAuth2 resource server (issuer, audience and keys
 * from {@code spring.security.oauth2.resourceserver.jwt.*}, and access tokens only: {@link AccessTokensOnly}),
 * Keycloak realm roles as authorities,
 * Problem Details for 401/403, {@code /internal/**} for service tokens only, and the service's own
 * rules from {@link ServiceAuthorizationRules} beans. Anything not named needs a valid token.
 */
@AutoConfiguration
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

	public static final String SERVICE_ROLE = "service";

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Boot's JWT decoder adds every token validator bean to its issuer, audience and time checks. */
	@Bean
	AccessTokensOnly accessTokensOnly() {
		return new AccessTokensOnly();
	}

	@Bean
	Problems problems() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("problem-messages", "service-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Problems(messages);
	}

	@Bean
	GlobalProblemHandler globalProblemHandler(Problems problems) {
		return new GlobalProblemHandler(problems);
	}

	@Bean
	ProblemResponseWriter problemResponseWriter(Problems problems, JsonMapper json) {
		return new ProblemResponseWriter(problems, json);
	}

	@Bean
	SecurityFilterChain serviceSecurityFilterChain(HttpSecurity http, ProblemResponseWriter problems,
			ObjectProvider<ServiceAuthorizationRules> serviceRules) throws Exception {
		List<ServiceAuthorizationRules> rules = serviceRules.orderedStream().toList();
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> {
				auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
						"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error").permitAll();
				auth.requestMatchers("/internal/**").hasRole(SERVICE_ROLE);
				rules.forEach(rule -> rule.customize(auth));
				auth.anyRequest().authenticated();
			})
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakRoles()))
				.authenticationEntryPoint(problems.authenticationEntryPoint())
				.accessDeniedHandler(problems.accessDeniedHandler())
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
						filter.setAuthenticationFailureHandler(problems.bearerTokenFailureHandler());
						return filter;
					}
				}))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(problems.authenticationEntryPoint())
				.accessDeniedHandler(problems.accessDeniedHandler()));
		return http.build();
	}

	@Bean
	WebMvcConfigurer currentUserParameters() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CurrentUserArgumentResolver());
			}
		};
	}
}
