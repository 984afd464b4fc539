package org.partnernetwork.notification.client.keycloak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.partnernetwork.notification.event.Directory;
import org.partnernetwork.notification.event.Member;
import org.partnernetwork.support.domain.PeerUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keycloak's organizations and realm roles through {@code keycloak-admin-client}, as
 * notification-service's service account: an organisation's members who hold a role are
 * its members (by its alias, the directory's slug) that are also among the role's users.
 * A person's language is their Keycloak {@code locale}; English unless it is Khmer.
 */
@Component
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakDirectory implements Directory, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(KeycloakDirectory.class);

	private static final int PAGE = 100;

	private final Keycloak keycloak;

	private final String realm;

	KeycloakDirectory(KeycloakProperties properties) {
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
	public List<Member> members(String organisation, String role) {
		try {
			RealmResource realmResource = keycloak.realm(realm);
			Optional<String> id = all((first, max) -> realmResource.organizations().list(first, max)).stream()
				.filter(org -> organisation.equals(org.getAlias()))
				.map(OrganizationRepresentation::getId)
				.findFirst();
			if (id.isEmpty()) {
				return List.of();
			}
			Set<String> holders = all((first, max) -> realmResource.roles().get(role).getUserMembers(true, first, max))
				.stream()
				.map(UserRepresentation::getId)
				.collect(Collectors.toSet());
			return all((first, max) -> realmResource.organizations().get(id.get()).members().list(first, max, false))
				.stream()
				.filter(member -> holders.contains(member.getId()) && Boolean.TRUE.equals(member.isEnabled()))
				.map(KeycloakDirectory::member)
				.toList();
		}
		catch (ProcessingException | WebApplicationException ex) {
			throw unavailable(ex);
		}
	}

	@Override
	public Optional<Member> person(String id) {
		try {
			UserRepresentation user = keycloak.realm(realm).users().get(id).toRepresentation();
			return Boolean.TRUE.equals(user.isEnabled()) ? Optional.of(member(user)) : Optional.empty();
		}
		catch (NotFoundException gone) {
			return Optional.empty();
		}
		catch (ProcessingException | WebApplicationException ex) {
			throw unavailable(ex);
		}
	}

	private static Member member(UserRepresentation user) {
		Map<String, List<String>> attributes = user.getAttributes() != null ? user.getAttributes() : Map.of();
		boolean khmer = attributes.getOrDefault("locale", List.of()).contains("km");
		return new Member(user.getId(), user.getEmail(), khmer ? "km" : "en");
	}

	/** Every page of a list, {@value #PAGE} at a time. */
	private static <T> List<T> all(BiFunction<Integer, Integer, List<T>> page) {
		List<T> items = new ArrayList<>();
		for (int first = 0;; first += PAGE) {
			List<T> next = page.apply(first, PAGE);
			items.addAll(next);
			if (next.size() < PAGE) {
				return items;
			}
		}
	}

	private static PeerUnavailable unavailable(Exception cause) {
		log.warn("Keycloak's admin API did not answer who to tell: {}", cause.getClass().getSimpleName());
		return PeerUnavailable.of("people-unavailable");
	}

	@Override
	public void destroy() {
		keycloak.close();
	}

}
