package org.partnernetwork.support.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from a Keycloak access token: the user, the organisations the
 * token names in its {@code organization} claim, and the realm roles. Organisation-scoped
 * actions go through {@link #actingOrganisation()}, which refuses a token with no
 * organisation or with several.
 */
public record CurrentUser(String userId, String username, List<String> organisations, Set<String> roles) {

	public static final String ORGANISATION_CLAIM = "organization";

	public CurrentUser {
		organisations = List.copyOf(organisations);
		roles = Set.copyOf(roles);
	}

	public static CurrentUser from(Jwt jwt) {
		String username = jwt.getClaimAsString("preferred_username");
		return new CurrentUser(jwt.getSubject(), username != null ? username : jwt.getSubject(), organisationsOf(jwt),
				KeycloakRoles.of(jwt));
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	/** The one organisation this user acts for; refuses tokens with none or several. */
	public String actingOrganisation() {
		if (organisations.isEmpty()) {
			throw OrganisationScopeException.noOrganisation();
		}
		if (organisations.size() > 1) {
			throw OrganisationScopeException.severalOrganisations();
		}
		return organisations.get(0);
	}

	public boolean actsFor(String organisation) {
		return organisations.size() == 1 && organisations.get(0).equals(organisation);
	}

	private static List<String> organisationsOf(Jwt jwt) {
		Object claim = jwt.getClaims().get(ORGANISATION_CLAIM);
		Collection<?> values = switch (claim) {
			case null -> List.of();
			case Collection<?> list -> list;
			// when Keycloak adds organisation attributes
			case Map<?, ?> map -> map.keySet();
			case String single -> List.of(single);
			default -> List.of();
		};
		return List.copyOf(new TreeSet<>(values.stream().map(String::valueOf).toList()));
	}
}
