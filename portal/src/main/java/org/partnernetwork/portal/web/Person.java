package org.partnernetwork.portal.web;

import java.util.List;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who is signed in, as the page header shows it: username, name and organisation (from the ID token). */
public record Person(String username, String name, String organisation) {

	static final Person NOBODY = new Person(null, null, null);

	public boolean signedIn() {
		return username != null;
	}

	static Person from(OAuth2AuthenticationToken authentication) {
		if (!(authentication.getPrincipal() instanceof OidcUser user)) {
			return new Person(authentication.getName(), null, null);
		}
		List<String> organisations = user.getClaimAsStringList("organization");
		String organisation = organisations == null || organisations.size() != 1 ? null : organisations.getFirst();
		return new Person(user.getPreferredUsername(), user.getFullName(), organisation);
	}
}
