package org.partnernetwork.support.security;

import java.time.Clock;
import java.util.List;

import org.partnernetwork.support.problem.ProblemResponseWriter;
import org.partnernetwork.tokenchecks.TokenTimes;
import org.partnernetwork.tokenchecks.AccessTokensOnly;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The security every service shares: a stateless OAuth2 resource server (issuer, audience
 * and keys from {@code spring.security.oauth2.resourceserver.jwt.*}, and access tokens
 * only: {@link AccessTokensOnly}), Keycloak realm roles as authorities, Problem Details
 * for 401/403, {@code /internal/**} for service tokens only, the actuator beyond health
 * for monitoring tokens only (or on a separate management port), a clock skew of a few
 * seconds, and the service's own rules from {@link ServiceAuthorizationRules} beans.
 * Anything not named needs a valid token.
 */
@AutoConfiguration
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

	public static final String SERVICE_ROLE = "service";

	/**
	 * The realm role of what may read metrics and the actuator beyond health (a
	 * monitoring system's client).
	 */
	public static final String MONITORING_ROLE = "monitoring";

	/**
	 * The realm roles of people who work on the platform. A member of an organisation
	 * without any of them (someone who just signed in through their organisation's own
	 * provider, before an org admin gave a role) may read the directory only.
	 */
	public static final String[] PERSON_ROLES = { "coordinator", "supervisor", "org-admin", "centre-staff",
			"network-admin" };

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Boot's JWT decoder adds every token validator bean to its issuer, audience and time
	 * checks.
	 */
	@Bean
	AccessTokensOnly accessTokensOnly() {
		return new AccessTokensOnly();
	}

	/**
	 * A token is expired when its {@code exp} has passed by more than this skew (and not
	 * yet valid before its {@code nbf} less the skew): a few seconds for clocks that
	 * drift apart, not Spring's 60. The gateway uses the same variable and default.
	 */
	@Bean
	JwtTimestampValidator tokenClockSkew(@Value(TokenTimes.CLOCK_SKEW) String skew) {
		return TokenTimes.withClockSkew(skew);
	}

	@Bean
	ManagementPort managementPort() {
		return new ManagementPort();
	}

	@Bean
	SecurityFilterChain serviceSecurityFilterChain(HttpSecurity http, ProblemResponseWriter problems,
			ObjectProvider<ServiceAuthorizationRules> serviceRules, ManagementPort managementPort) throws Exception {
		List<ServiceAuthorizationRules> rules = serviceRules.orderedStream().toList();
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> {
				auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
						"/v3/api-docs/**", "/error")
					.permitAll();
				// metrics and the rest of the actuator: on a separate management port
				// (kept off the network
				// clients reach), or with a monitoring token
				auth.requestMatchers(managementPort).permitAll();
				auth.requestMatchers("/actuator/**").hasRole(MONITORING_ROLE);
				auth.requestMatchers("/internal/**").hasRole(SERVICE_ROLE);
				rules.forEach(rule -> rule.customize(auth));
				auth.anyRequest().authenticated();
			})
			.oauth2ResourceServer(
					resourceServer -> resourceServer.jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakRoles()))
						.authenticationEntryPoint(problems.authenticationEntryPoint())
						.accessDeniedHandler(problems.accessDeniedHandler())
						.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
							@Override
							public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
								filter.setAuthenticationFailureHandler(problems.bearerTokenFailureHandler());
								return filter;
							}
						}))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems.authenticationEntryPoint())
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
