package org.partnernetwork.portal.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as the pages show it: username, name, organisation and realm roles
 * (from the ID token). The roles only decide which links and forms a page offers; the
 * services decide what a person may do.
 */
public record Person(String username, String name, String organisation, Set<String> roles) {

	static final Person NOBODY = new Person(null, null, null, Set.of());

	public Person {
		roles = Set.copyOf(roles);
	}

	public boolean signedIn() {
		return username != null;
	}

	public boolean has(String role) {
		return roles.contains(role);
	}

	static Person from(OAuth2AuthenticationToken authentication) {
		if (!(authentication.getPrincipal() instanceof OidcUser user)) {
			return new Person(authentication.getName(), null, null, Set.of());
		}
		List<String> organisations = user.getClaimAsStringList("organization");
		String organisation = organisations == null || organisations.size() != 1 ? null : organisations.getFirst();
		return new Person(user.getPreferredUsername(), user.getFullName(), organisation, roles(user));
	}

	private static Set<String> roles(OidcUser user) {
		if (user.getClaims().get("realm_access") instanceof Map<?, ?> access
				&& access.get("roles") instanceof Collection<?> roles) {
			return roles.stream().map(String::valueOf).collect(Collectors.toSet());
		}
		return Set.of();
	}
}
