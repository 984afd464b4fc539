package org.partnernetwork.portal;

import java.util.Map;

import org.partnernetwork.portal.security.PageSecurity;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authorization.HttpStatusServerAccessDeniedHandler;

/**
 * The application the portal's tests serve it from, wired as the gateway wires it in
 * production: a Keycloak client registration (nothing listens at its addresses: the tests
 * sign people in with mocked OIDC logins), the person's tokens in the session, and the
 * pages' security chain from {@link PageSecurity}. What the gateway adds — Problem
 * Details for programs, rate limits, the API — is not here: a program that is not signed
 * in gets a bare 401, a refused request a bare 403.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableWebFluxSecurity
@Import(PortalConfiguration.class)
public class PortalTestHost {

	static final String REGISTRATION_ID = "keycloak";

	private static final String KEYCLOAK = "http://127.0.0.1:9/realms/partner-network/protocol/openid-connect/";

	@Bean
	ReactiveClientRegistrationRepository clientRegistrations() {
		return new InMemoryReactiveClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId("gateway")
			.clientSecret("gateway-secret")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.authorizationUri(KEYCLOAK + "auth")
			.tokenUri(KEYCLOAK + "token")
			.jwkSetUri(KEYCLOAK + "certs")
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", KEYCLOAK + "logout"))
			.build());
	}

	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClients() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	@Bean
	ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
		manager.setAuthorizedClientProvider(
				ReactiveOAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	@Bean
	SecurityWebFilterChain pages(ServerHttpSecurity http, PageSecurity pages) {
		return pages
			.applyTo(http, REGISTRATION_ID, new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED),
					new HttpStatusServerAccessDeniedHandler(HttpStatus.FORBIDDEN))
			.build();
	}

}
