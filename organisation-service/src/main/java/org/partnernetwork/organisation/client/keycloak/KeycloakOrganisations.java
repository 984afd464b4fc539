package org.partnernetwork.organisation.client.keycloak;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.partnernetwork.organisation.onboarding.OrganisationIdentities;
import org.partnernetwork.support.domain.Conflict;
import org.partnernetwork.support.domain.PeerUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keycloak organizations through {@code keycloak-admin-client}, as organisation-service's
 * service account.
 */
@Component
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakOrganisations implements OrganisationIdentities, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(KeycloakOrganisations.class);

	private final Keycloak keycloak;

	private final String realm;

	KeycloakOrganisations(KeycloakProperties properties) {
		this.realm = properties.realm();
		this.keycloak = KeycloakBuilder.builder()
			.serverUrl(properties.url())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.resteasyClient(new ResteasyClientBuilderImpl().connectTimeout(2, TimeUnit.SECONDS)
				.readTimeout(5, TimeUnit.SECONDS)
				.build())
			.build();
	}

	@Override
	public String create(String slug, String name) {
		var organization = new OrganizationRepresentation();
		organization.setAlias(slug);
		organization.setName(name);
		organization.setEnabled(true);
		try (Response response = keycloak.realm(realm).organizations().create(organization)) {
			return switch (response.getStatus()) {
				case 201 -> CreatedResponseUtil.getCreatedId(response);
				case 409 -> throw Conflict.of("slug-taken", slug);
				default -> throw unavailable(response.getStatus(), null);
			};
		}
		catch (ProcessingException | WebApplicationException ex) {
			throw unavailable(0, ex);
		}
	}

	@Override
	public void delete(String id) {
		try (Response response = keycloak.realm(realm).organizations().get(id).delete()) {
			log.info("Removed Keycloak organization {}: {}", id, response.getStatus());
		}
		catch (ProcessingException | WebApplicationException ex) {
			log.error("Could not remove Keycloak organization {}; remove it by hand", id, ex);
		}
	}

	private static PeerUnavailable unavailable(int status, Exception cause) {
		log.warn("Keycloak did not create an organization (status {})", status, cause);
		return PeerUnavailable.of("identity-unavailable");
	}

	@Override
	public void destroy() {
		keycloak.close();
	}

}
