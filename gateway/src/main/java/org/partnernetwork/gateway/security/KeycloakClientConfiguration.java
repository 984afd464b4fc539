package org.partnernetwork.gateway.security;

import java.util.Map;

import org.partnernetwork.gateway.config.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The gateway as Keycloak's confidential client. Endpoints are given explicitly (no
 * discovery at start-up, so the gateway starts while Keycloak is still starting), and the
 * user's tokens live in the web session only: they end with it at logout.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakClientConfiguration {

	static final String REGISTRATION_ID = "keycloak";

	@Bean
	ReactiveClientRegistrationRepository clientRegistrations(GatewayProperties properties) {
		GatewayProperties.Keycloak keycloak = properties.keycloak();
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Partner Network")
			.clientId(keycloak.clientId())
			.clientSecret(keycloak.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(keycloak.issuer())
			.authorizationUri(keycloak.browserEndpoint("auth"))
			.tokenUri(keycloak.backChannelEndpoint("token"))
			.jwkSetUri(keycloak.backChannelEndpoint("certs"))
			.userInfoUri(keycloak.backChannelEndpoint("userinfo"))
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.browserEndpoint("logout")))
			.build();
		return new InMemoryReactiveClientRegistrationRepository(registration);
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

}
